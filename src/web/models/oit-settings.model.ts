import type { RuleKind } from '../../oit/entities/oit-rule.entity';
import { type FieldError, formErrors } from '../views/form-errors';

export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  any: 'มีคำใดคำหนึ่ง',
  all: 'มีทุกคำ',
  exact: 'มีวลีนี้ตรงตัว',
  regex: 'นิพจน์ปกติ (regex)',
};

interface Item {
  code: string;
  name: string;
}
interface Rule {
  id: number;
  code: string;
  kind: string;
  pattern: string;
}
interface Assignment {
  code: string;
  groupId: number | null;
}

/** A rule the office refused, as typed, with why: shown again beside the pattern field. */
export interface TypedRule {
  values: { code: string; kind: string; pattern: string };
  errors: FieldError[];
}

/** Matching rules and responsible groups: what is set, and the forms to change them. */
export function oitSettingsPage(
  items: Item[],
  rules: Rule[],
  assignments: Assignment[],
  groups: Array<{ id: number; name: string }>,
  typed?: TypedRule,
) {
  const chosen = typed?.values;
  const groupOf = new Map(assignments.map((a) => [a.code, a.groupId]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return {
    items: items.map((i) => ({ code: i.code, label: `${i.code} ${i.name}` })),
    ruleItems: items.map((i) => ({
      code: i.code,
      label: `${i.code} ${i.name}`,
      selected: i.code === chosen?.code,
    })),
    kinds: Object.entries(RULE_KIND_LABELS).map(([value, label]) => ({
      value,
      label,
      selected: value === chosen?.kind,
    })),
    pattern: chosen?.pattern ?? '',
    rules: rules.map((r) => ({
      ...r,
      kindLabel: RULE_KIND_LABELS[r.kind as RuleKind] ?? r.kind,
    })),
    groups,
    assigned: items
      .filter((i) => groupOf.get(i.code))
      .map((i) => ({ label: `${i.code} ${i.name}`, group: groupName.get(groupOf.get(i.code)!) })),
    ...formErrors(typed?.errors ?? []),
  };
}

export type OitSettingsPage = ReturnType<typeof oitSettingsPage>;
