import { expect } from '@open-wc/testing';
import {
  PROTOCOL_LIMITS,
  decodeJson,
  parseClientMessage,
  parsePeerMessage,
  parseServerMessage,
} from '../../src/signaling/protocol.js';

const info = { name: 'Ada', microphoneMuted: false, cameraMuted: true, streams: { s1: 'camera' } };
const candidate = {
  candidate: 'candidate:1 1 udp 1 127.0.0.1 9 typ host',
  sdpMid: '0',
  sdpMLineIndex: 0,
  usernameFragment: 'u',
};
const valid = {
  hello: { v: 1, type: 'hello', from: 'a', info },
  update: { v: 1, type: 'update', from: 'a', to: 'b', info },
  bye: { v: 1, type: 'bye', from: 'a' },
  description: { v: 1, type: 'description', from: 'a', to: 'b', description: { type: 'offer', sdp: 'v=0' } },
  candidate: { v: 1, type: 'candidate', from: 'a', to: 'b', candidate },
};

/** Messages a peer must never accept: each with what makes it bad. */
const malformedPeerMessages: Array<[string, unknown]> = [
  ['null', null],
  ['a number', 42],
  ['a string', 'hello'],
  ['an array', [valid.hello]],
  ['no version', { ...valid.hello, v: undefined }],
  ['a future version', { ...valid.hello, v: 2 }],
  ['a version as a string', { ...valid.hello, v: '1' }],
  ['no type', { ...valid.hello, type: undefined }],
  ['an unknown type', { ...valid.hello, type: 'shout' }],
  ['a server-only type', { v: 1, type: 'welcome', id: 'a', iceServers: [] }],
  ['type as an object', { ...valid.hello, type: { toString: 'hello' } }],
  ['no from', { ...valid.hello, from: undefined }],
  ['from as a number', { ...valid.hello, from: 7 }],
  ['from with a space', { ...valid.hello, from: 'a b' }],
  ['from with markup', { ...valid.hello, from: '<img src=x onerror=alert(1)>' }],
  ['an overlong from', { ...valid.hello, from: 'a'.repeat(65) }],
  ['an empty from', { ...valid.hello, from: '' }],
  ['to as an array', { ...valid.hello, to: ['b'] }],
  ['hello without info', { ...valid.hello, info: undefined }],
  ['info as a string', { ...valid.hello, info: 'Ada' }],
  ['name as a number', { ...valid.hello, info: { ...info, name: 1 } }],
  [
    'an overlong name',
    { ...valid.hello, info: { ...info, name: 'x'.repeat(PROTOCOL_LIMITS.maxNameLength + 1) } },
  ],
  ['a name with a newline', { ...valid.hello, info: { ...info, name: 'Ada\nLovelace' } }],
  ['muted as a string', { ...valid.update, info: { ...info, microphoneMuted: 'yes' } }],
  ['streams as an array', { ...valid.update, info: { ...info, streams: ['s1'] } }],
  ['an unknown stream source', { ...valid.update, info: { ...info, streams: { s1: 'webcam' } } }],
  [
    'too many streams',
    {
      ...valid.update,
      info: { ...info, streams: Object.fromEntries([...Array(9).keys()].map((n) => [`s${n}`, 'camera'])) },
    },
  ],
  ['a description without to', { ...valid.description, to: undefined }],
  ['a description of type rollback', { ...valid.description, description: { type: 'rollback', sdp: '' } }],
  ['a description without sdp', { ...valid.description, description: { type: 'offer' } }],
  [
    'an oversize sdp',
    {
      ...valid.description,
      description: { type: 'offer', sdp: 'x'.repeat(PROTOCOL_LIMITS.maxSdpLength + 1) },
    },
  ],
  ['a candidate without to', { ...valid.candidate, to: undefined }],
  ['a candidate as a string', { ...valid.candidate, candidate: 'candidate:1' }],
  ['a negative sdpMLineIndex', { ...valid.candidate, candidate: { ...candidate, sdpMLineIndex: -1 } }],
  ['a fractional sdpMLineIndex', { ...valid.candidate, candidate: { ...candidate, sdpMLineIndex: 0.5 } }],
  [
    'an oversize candidate',
    {
      ...valid.candidate,
      candidate: { ...candidate, candidate: 'c'.repeat(PROTOCOL_LIMITS.maxCandidateLength + 1) },
    },
  ],
  ['sdpMid as a number', { ...valid.candidate, candidate: { ...candidate, sdpMid: 0 } }],
  ['a role with capitals', { ...valid.hello, info: { ...info, role: 'Host' } }],
  ['a role as a number', { ...valid.hello, info: { ...info, role: 1 } }],
  ['an overlong role', { ...valid.hello, info: { ...info, role: 'r'.repeat(33) } }],
];

describe('protocol', () => {
  describe('parsePeerMessage', () => {
    it('accepts each valid message type', () => {
      for (const [type, message] of Object.entries(valid)) {
        const result = parsePeerMessage(message);
        expect(result.ok, type).to.equal(true);
      }
    });

    it(`rejects a corpus of ${malformedPeerMessages.length} malformed messages with a reason, without throwing`, () => {
      for (const [what, message] of malformedPeerMessages) {
        const result = parsePeerMessage(message);
        expect(result.ok, what).to.equal(false);
        if (!result.ok) expect(result.reason, what).to.be.a('string').and.not.be.empty;
      }
    });

    it('copies only the fields it knows', () => {
      const result = parsePeerMessage({
        ...valid.hello,
        extra: 'x'.repeat(1000),
        info: { ...info, admin: true },
      });
      expect(result.ok).to.equal(true);
      if (result.ok) {
        expect(Object.keys(result.message).sort()).to.deep.equal(['from', 'info', 'type', 'v']);
        expect(Object.keys((result.message as typeof valid.hello).info).sort()).to.deep.equal([
          'cameraMuted',
          'microphoneMuted',
          'name',
          'streams',
        ]);
      }
    });

    it('keeps a "__proto__" stream id as plain data', () => {
      const message = JSON.parse(
        '{"v":1,"type":"hello","from":"a","info":{"name":"","microphoneMuted":false,"cameraMuted":false,"streams":{"__proto__":"camera"}}}',
      );
      const result = parsePeerMessage(message);
      expect(result.ok).to.equal(true);
      if (result.ok && result.message.type === 'hello') {
        expect(Object.getPrototypeOf(result.message.info.streams)).to.equal(null);
        expect(result.message.info.streams['__proto__']).to.equal('camera');
        expect(({} as Record<string, unknown>).camera).to.equal(undefined);
      }
    });
  });

  describe('parseClientMessage', () => {
    it('accepts a join with a token and a resume claim, and rejects bad ones', () => {
      const join = { v: 1, type: 'join', room: 'r', token: 'a.b.c', resume: { id: 'p1', token: 'x' } };
      expect(parseClientMessage(join)).to.deep.equal({ ok: true, message: join });
      expect(parseClientMessage({ ...join, token: 5 }).ok).to.equal(false);
      expect(parseClientMessage({ ...join, token: 't'.repeat(4097) }).ok).to.equal(false);
      expect(parseClientMessage({ ...join, resume: { id: 'not an id!', token: 'x' } }).ok).to.equal(false);
      expect(parseClientMessage({ ...join, resume: 'p1' }).ok).to.equal(false);
    });

    it('accepts join and peer messages without from', () => {
      expect(parseClientMessage({ v: 1, type: 'join', room: 'standup' }).ok).to.equal(true);
      expect(parseClientMessage({ ...valid.hello, from: undefined }).ok).to.equal(true);
    });

    it('rejects bad joins', () => {
      for (const room of [undefined, '', 'x'.repeat(PROTOCOL_LIMITS.maxRoomLength + 1), 'a\u0000b', 5]) {
        expect(parseClientMessage({ v: 1, type: 'join', room }).ok, String(room)).to.equal(false);
      }
    });
  });

  describe('parseServerMessage', () => {
    it('accepts welcome and error, and rejects unknown error codes and bad ICE servers', () => {
      expect(
        parseServerMessage({ v: 1, type: 'welcome', id: 'x', iceServers: [{ urls: 'stun:127.0.0.1' }] }).ok,
      ).to.equal(true);
      expect(parseServerMessage({ v: 1, type: 'error', code: 'bad-message', message: 'no' }).ok).to.equal(
        true,
      );
      expect(parseServerMessage({ v: 1, type: 'error', code: 'teapot', message: 'no' }).ok).to.equal(false);
      expect(parseServerMessage({ v: 1, type: 'welcome', id: 'x', iceServers: [{ urls: 5 }] }).ok).to.equal(
        false,
      );
      expect(parseServerMessage({ v: 1, type: 'welcome', id: 'x', iceServers: 'stun:x' }).ok).to.equal(false);
      const resumed = {
        v: 1,
        type: 'welcome',
        id: 'x',
        iceServers: [],
        resumeToken: 't',
        resumed: true,
        members: ['y'],
        instance: 'i1',
      };
      expect(parseServerMessage(resumed)).to.deep.equal({ ok: true, message: resumed });
      expect(parseServerMessage({ ...resumed, members: ['bad id'] }).ok).to.equal(false);
      expect(parseServerMessage({ ...resumed, members: Array(1001).fill('y') }).ok).to.equal(false);
      expect(parseServerMessage({ ...resumed, resumed: 'yes' }).ok).to.equal(false);
    });
  });

  describe('decodeJson', () => {
    it('rejects invalid JSON and oversize text, measured in UTF-8 bytes', () => {
      expect(decodeJson('{"v":').ok).to.equal(false);
      expect(decodeJson('x'.repeat(PROTOCOL_LIMITS.maxMessageBytes + 1)).ok).to.equal(false);
      // Each "é" is two bytes: half the limit in characters is already too large.
      expect(decodeJson(`"${'é'.repeat(PROTOCOL_LIMITS.maxMessageBytes / 2)}"`).ok).to.equal(false);
      expect(decodeJson(JSON.stringify(valid.hello)).ok).to.equal(true);
    });
  });
});
