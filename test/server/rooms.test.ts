import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rooms } from '../../server/rooms.js';

describe('Rooms', () => {
  it('finds members by room and id and lists the others', () => {
    const rooms = new Rooms<string>();
    rooms.add('a', '1', 'one');
    rooms.add('a', '2', 'two');
    rooms.add('b', '3', 'three');
    assert.equal(rooms.find('a', '2'), 'two');
    assert.equal(rooms.find('b', '2'), undefined);
    assert.deepEqual(rooms.others('a', '1'), ['two']);
    assert.deepEqual(rooms.others('missing', '1'), []);
    assert.deepEqual([rooms.count('a'), rooms.count('b'), rooms.count('missing')], [2, 1, 0]);
  });

  it('deletes a room with its last member', () => {
    const rooms = new Rooms<string>();
    rooms.add('a', '1', 'one');
    rooms.add('a', '2', 'two');
    rooms.remove('a', '1');
    assert.equal(rooms.size, 1);
    rooms.remove('a', '2');
    assert.equal(rooms.size, 0);
    rooms.remove('a', '2');
    assert.equal(rooms.size, 0);
  });

  it('treats a room named __proto__ as an ordinary room', () => {
    const rooms = new Rooms<string>();
    rooms.add('__proto__', '1', 'one');
    assert.equal(rooms.find('__proto__', '1'), 'one');
    assert.equal(rooms.find('constructor', '1'), undefined);
  });
});
