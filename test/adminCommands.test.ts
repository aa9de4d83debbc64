import { parseAdminCommand } from '../src/domain/adminCommands';

describe('admin commands typed in chat', () => {
  const id = '22222222-aaaa-4bbb-8ccc-333333333333';
  it.each([
    [`grant helpdesk ${id}`, { kind: 'grant', role: 'helpdesk', target: { aadObjectId: id } }],
    [`назначить helpdesk ${id}`, { kind: 'grant', role: 'helpdesk', target: { aadObjectId: id } }],
    [`выдать mpn partner admin ${id}`, { kind: 'grant', role: 'mpnPartnerAdmin', target: { aadObjectId: id } }],
    [`отозвать helpdesk ${id}`, { kind: 'revoke', role: 'helpdesk', target: { aadObjectId: id } }],
    [`retirer admin agent ${id}`, { kind: 'revoke', role: 'adminAgent', target: { aadObjectId: id } }],
    ['профиль', { kind: 'showProfile' }],
    ['профиль silver cloud platform', { kind: 'setProfile', tier: 'silver', competencies: ['cloudPlatform'], other: false }],
    ['profil partenaire or, sécurité', { kind: 'setProfile', tier: 'gold', competencies: ['security'], other: false }],
    ['profile silver, cloud platform or security', { kind: 'setProfile', tier: 'silver', competencies: ['cloudPlatform', 'security'].sort() as never, other: false }],
    ['profile platinum', { kind: 'profileUsage' }],
    ['profile gold or silver', { kind: 'profileUsage' }],
    ['mark as expired', { kind: 'markExpired' }],
    ['отметить как истекшее', { kind: 'markExpired' }],
    ['roles', { kind: 'listRoles' }],
  ])('"%s"', (text, expected) => {
    const parsed = parseAdminCommand(text) as Record<string, unknown>;
    if (Array.isArray(parsed?.competencies)) (parsed.competencies as string[]).sort();
    expect(parsed).toEqual(expected);
  });

  it.each(['how do I grant access to support?', 'who can activate?', 'grant', 'revoke helpdesk'])('"%s" is not a command', (text) => {
    expect(parseAdminCommand(text)).toBeUndefined();
  });
});
