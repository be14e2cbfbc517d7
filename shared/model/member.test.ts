import { describe, expect, it } from 'vitest';
import { type MemberInput, memberInput } from './member';

const valid: MemberInput = {
  name: '김철수',
  nameForHosts: '金哲洙（キム・チョルス）',
  affiliation: { ko: '경기도' },
  role: 'member',
  email: '',
  phone: '',
};

function firstIssue(input: MemberInput): [string, string] | null {
  const result = memberInput.safeParse(input);
  const issue = result.error?.issues[0];
  return issue ? [issue.path.join('.'), issue.message] : null;
}

describe('member input', () => {
  it('accepts a member with Korean and Japanese names and no contact', () => {
    expect(firstIssue(valid)).toBeNull();
  });

  it('requires a name; a name of spaces is no name', () => {
    expect(firstIssue({ ...valid, name: '   ' })).toEqual(['name', 'validation.required']);
  });

  it('checks e-mail and phone only when given', () => {
    expect(firstIssue({ ...valid, email: 'not-an-address' })).toEqual(['email', 'validation.email']);
    expect(firstIssue({ ...valid, email: 'kim@gg.go.kr', phone: '+82 31-120-1234' })).toBeNull();
    expect(firstIssue({ ...valid, phone: '031 일이공' })).toEqual(['phone', 'validation.phone']);
  });

  it('knows only the three roles', () => {
    expect(firstIssue({ ...valid, role: 'governor' as MemberInput['role'] })?.[0]).toBe('role');
  });
});
