import { expect } from '@open-wc/testing';
import type { FileManager } from '../../src/data/file-manager.js';
import { RtcError, type FileTransfer, type Session } from '../../src/index.js';
import { nextEvent, until } from '../helpers/events.js';
import { memorySessions, seesMediaOf } from '../helpers/sessions.js';

/** Deterministic pseudo-random bytes (xorshift32), so a damaged byte anywhere changes the hash. */
function bytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function sha256(data: Blob | Uint8Array<ArrayBuffer>): Promise<string> {
  const buffer = data instanceof Blob ? await data.arrayBuffer() : data;
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', buffer))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** Records a transfer's progress on every update. */
function progressOf(transfer: FileTransfer): number[] {
  const seen: number[] = [];
  transfer.on('updated', () => seen.push(transfer.progress));
  return seen;
}

const finished = (transfer: FileTransfer) =>
  until(() => transfer.finished, `the transfer of ${transfer.name} to finish`, 60_000).then(() => transfer);

/** The next file offered to `session`. */
const offered = (session: Session) => nextEvent(session, 'fileTransferAdded').then((e) => e.transfer);

describe('Session files', () => {
  let sessions: Session[] = [];
  afterEach(() => {
    for (const session of sessions) session.dispose();
    sessions = [];
  });

  async function call(count: number, each: (i: number) => { maxFileBytes?: number } = () => ({})) {
    sessions = memorySessions(count, { video: false, audio: false }, each).sessions;
    await Promise.all(sessions.map((s) => s.join()));
    for (const a of sessions)
      for (const b of sessions)
        if (a !== b) await until(() => a.participants.has(b.localParticipant.id), 'everyone to meet');
    return sessions;
  }

  it('sends a 50 MB file to two others intact, with progress rising to 100 % on every side', async () => {
    const [alice, bob, carol] = await call(3);
    const content = bytes(50 * 1024 * 1024);
    const expected = await sha256(content);
    const incoming = [offered(bob!), offered(carol!)];
    const outgoing = alice!.files.send(new File([content], 'big.bin', { type: 'application/octet-stream' }));
    expect(outgoing.map((t) => [t.direction, t.size, t.name])).to.deep.equal([
      ['outgoing', content.length, 'big.bin'],
      ['outgoing', content.length, 'big.bin'],
    ]);
    const sent = outgoing.map(progressOf);
    const received = await Promise.all(incoming);
    const got = received.map(progressOf);
    for (const transfer of received) transfer.accept();
    await Promise.all([...outgoing, ...received].map(finished));
    for (const transfer of [...outgoing, ...received])
      expect(transfer.state, transfer.direction).to.equal('completed');
    for (const transfer of received) expect(await sha256(transfer.blob!)).to.equal(expected);
    for (const series of [...sent, ...got]) {
      expect(series.length).to.be.greaterThan(10);
      expect(series.every((value, i) => i === 0 || value >= series[i - 1]!)).to.equal(true);
      expect(series.at(-1)).to.equal(1);
    }
    expect((bob!.files as FileManager).heldBytes).to.equal(0);
  });

  it('cancels mid-way from the receiver: both sides stop and its buffers are freed', async () => {
    const [alice, bob] = await call(2);
    const incoming = offered(bob!);
    const [outgoing] = alice!.files.send(new File([bytes(20 * 1024 * 1024)], 'cancel-me.bin'));
    const transfer = await incoming;
    transfer.accept();
    await until(() => transfer.progress > 0.2, 'a fifth to arrive');
    expect((bob!.files as FileManager).heldBytes).to.be.greaterThan(0);
    transfer.cancel();
    await Promise.all([finished(outgoing!), finished(transfer)]);
    expect([outgoing!.state, transfer.state]).to.deep.equal(['cancelled', 'cancelled']);
    expect((bob!.files as FileManager).heldBytes).to.equal(0);
    expect(outgoing!.bytes).to.be.lessThan(outgoing!.size);
  });

  it('can be accepted from inside the fileTransferAdded listener', async () => {
    const [alice, bob] = await call(2);
    bob!.on('fileTransferAdded', ({ transfer }) => transfer.accept());
    const content = bytes(300_000, 7);
    const [outgoing] = alice!.files.send(new File([content], 'eager.bin'));
    await finished(outgoing!);
    const [incoming] = bob!.files.transfers;
    expect([outgoing!.state, incoming!.state]).to.deep.equal(['completed', 'completed']);
    expect(await sha256(incoming!.blob!)).to.equal(await sha256(content));
  });

  it('lets the receiver decline before any byte is sent', async () => {
    const [alice, bob] = await call(2);
    const incoming = offered(bob!);
    const [outgoing] = alice!.files.send(new File([bytes(1000)], 'no-thanks.txt'));
    (await incoming).decline();
    await finished(outgoing!);
    expect([outgoing!.state, outgoing!.bytes, outgoing!.error?.message]).to.deep.equal([
      'declined',
      0,
      'The file was declined',
    ]);
  });

  it('enforces the size limit on both sides', async () => {
    const [alice, bob, carol] = await call(3, (i) => ({ maxFileBytes: i === 2 ? 10_000_000 : 1_000_000 }));
    expect(() => alice!.files.send(new File([bytes(2_000_000)], 'too-big.bin')))
      .to.throw(RtcError)
      .with.property('code', 'invalid-options');
    const atBob = offered(bob!);
    const [outgoing] = carol!.files.send(new File([bytes(2_000_000)], 'over-bobs-limit.bin'), {
      to: bob!.localParticipant.id,
    });
    const incoming = await atBob;
    expect(incoming.state).to.equal('declined');
    expect(incoming.error!.message).to.contain('larger than the limit');
    await finished(outgoing!);
    expect([outgoing!.state, outgoing!.error!.message]).to.deep.equal([
      'declined',
      'The file is larger than the receiver accepts',
    ]);
  });

  it('fails clearly on both sides when a participant leaves mid-transfer, and frees the memory', async () => {
    const [alice, bob] = await call(2);
    const incoming = offered(bob!);
    const [outgoing] = alice!.files.send(new File([bytes(30 * 1024 * 1024)], 'interrupted.bin'));
    const transfer = await incoming;
    transfer.accept();
    await until(() => transfer.progress > 0.1, 'some bytes to arrive');
    await alice!.leave();
    await finished(transfer);
    expect(transfer.state).to.equal('failed');
    expect(transfer.error!.code).to.equal('transfer-failed');
    expect(transfer.error!.message).to.contain('left before the transfer finished');
    expect((bob!.files as FileManager).heldBytes).to.equal(0);
    expect(outgoing!.finished).to.equal(true);
  });

  it('fails clearly at the sender when the receiver leaves mid-transfer', async () => {
    const [alice, bob] = await call(2);
    bob!.on('fileTransferAdded', ({ transfer }) => transfer.accept());
    const [outgoing] = alice!.files.send(new File([bytes(30 * 1024 * 1024)], 'left-behind.bin'));
    await until(() => outgoing!.progress > 0.1, 'the transfer to start');
    await bob!.leave();
    await finished(outgoing!);
    expect([outgoing!.state, outgoing!.error!.message]).to.deep.equal([
      'failed',
      'User 2 left before the transfer finished',
    ]);
  });

  it('cancels from the sender: the receiver sees it cancelled and frees its buffers', async () => {
    const [alice, bob] = await call(2);
    bob!.on('fileTransferAdded', ({ transfer }) => transfer.accept());
    const [outgoing] = alice!.files.send(new File([bytes(20 * 1024 * 1024)], 'changed-my-mind.bin'));
    await until(() => outgoing!.progress > 0.2, 'a fifth to go out');
    outgoing!.cancel();
    const [incoming] = bob!.files.transfers;
    await finished(incoming!);
    expect([outgoing!.state, incoming!.state]).to.deep.equal(['cancelled', 'cancelled']);
    expect((bob!.files as FileManager).heldBytes).to.equal(0);
  });

  it('makes a received name safe, and trusts the bytes, not the sender, about images', async () => {
    const [alice, bob] = await call(2);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const html = new TextEncoder().encode('<script>parent.__pwned = 1</script>');
    const next = () => offered(bob!);
    let arriving = next();
    alice!.files.send(new File([png], '../../etc/passwd\u202Egpj.exe', { type: 'text/html' }));
    const first = await arriving;
    // Separators and the right-to-left override become _, and the leading dots go.
    expect(first.name).to.equal('_.._etc_passwd_gpj.exe');
    first.accept();
    await finished(first);
    expect([first.imageType, first.blob!.type]).to.deep.equal(['image/png', 'image/png']);
    arriving = next();
    alice!.files.send(new File([html], 'photo.png', { type: 'image/png' }));
    const second = await arriving;
    second.accept();
    await finished(second);
    expect([second.imageType, second.blob!.type]).to.deep.equal([undefined, 'application/octet-stream']);
  });

  it('drops file data a modified client sends for no accepted transfer, and keeps working', async () => {
    const [alice, bob] = await call(2);
    const errors: RtcError[] = [];
    bob!.on('error', ({ error }) => errors.push(error));
    const transport = (
      alice as unknown as { transport: { sendData(to: string, label: string, data: unknown): boolean } }
    ).transport;
    await until(
      () => transport.sendData(bob!.localParticipant.id, 'files', '{"type":"nonsense"}'),
      'the files channel',
    );
    transport.sendData(bob!.localParticipant.id, 'files', new Uint8Array([0, 0, 0, 9, 1, 2, 3]).buffer);
    await until(() => errors.length > 0, 'a bad-message report');
    expect(errors.every((e) => e.code === 'bad-message')).to.equal(true);
    const incoming = offered(bob!);
    const [outgoing] = alice!.files.send(new File([bytes(1000)], 'after.bin'));
    (await incoming).accept();
    expect((await finished(outgoing!)).state).to.equal('completed');
  });

  it('works alongside media: a file between two camera sessions', async () => {
    sessions = memorySessions(2).sessions;
    const [alice, bob] = sessions as [Session, Session];
    await Promise.all([alice.join(), bob.join()]);
    await seesMediaOf(alice, bob);
    const incoming = offered(bob);
    const [outgoing] = alice.files.send(new File([bytes(2 * 1024 * 1024)], 'with-video.bin'));
    (await incoming).accept();
    expect((await finished(outgoing!)).state).to.equal('completed');
  });
});
