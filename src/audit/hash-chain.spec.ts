import {
  canonicalJson,
  chainHash,
  ChainedFields,
  findBreak,
  GENESIS_HASH,
  StoredLink,
} from './hash-chain';

const event = (seq: number, data: Record<string, unknown> = {}): ChainedFields => ({
  orgId: 1,
  seq,
  at: new Date(Date.UTC(2026, 10, 24, 3, 0, seq)),
  actorUserId: 7,
  ip: '127.0.0.1',
  action: 'memo.approve',
  entityType: 'memo',
  entityId: 42,
  beforeVersion: seq,
  afterVersion: seq + 1,
  data,
});

function chain(n: number): StoredLink[] {
  const links: StoredLink[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = event(seq, { note: `อนุมัติ ${seq}` });
    const hash = chainHash(prev, fields);
    links.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return links;
}

describe('audit hash chain', () => {
  it('sorts keys so equal data hashes equally', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('verifies an intact chain', () => {
    expect(findBreak(chain(5))).toBeNull();
  });

  it('finds an edited event, a deleted event and a reordered chain', () => {
    const edited = chain(5);
    edited[2] = { ...edited[2], data: { note: 'แก้ไขย้อนหลัง' } };
    expect(findBreak(edited)).toBe(3);

    const deleted = chain(5);
    deleted.splice(1, 1);
    expect(findBreak(deleted)).toBe(3);

    const swapped = chain(3);
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(findBreak(swapped)).toBe(2);
  });
});
