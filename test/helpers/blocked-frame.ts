/**
 * A same-origin frame whose permissions policy (`allow`) blocks devices, so getUserMedia
 * really fails inside it the way it does when a person clicks "Block". `load` imports a
 * module inside the frame, so the code uses the frame's own navigator.mediaDevices.
 */
export async function blockedFrame(allow: string): Promise<{
  frame: HTMLIFrameElement;
  load: <M>(path: string) => Promise<M>;
}> {
  const frame = document.createElement('iframe');
  frame.allow = allow;
  document.body.append(frame);
  const realm = frame.contentWindow as Window & { eval(code: string): unknown };
  const load = <M>(path: string) =>
    realm.eval(`import(${JSON.stringify(new URL(path, location.href).href)})`) as Promise<M>;
  return { frame, load };
}
