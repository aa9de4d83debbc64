import { Role } from './roles';
import { CLOUD_COMPETENCIES, CloudCompetency, Tier } from './types';

/**
 * Admin commands typed in chat, in en, ru or fr. Deterministic on purpose: a privileged action is
 * never guessed by a classifier.
 */
export type AdminCommand =
  | { kind: 'grant' | 'revoke'; role: Role; target: { aadObjectId?: string; mentionIndex?: number } }
  | { kind: 'listRoles' }
  | { kind: 'announceHere' }
  | { kind: 'setProfile'; tier?: Tier; competencies: CloudCompetency[]; other: boolean }
  | { kind: 'showProfile' }
  | { kind: 'profileUsage' }
  | { kind: 'markExpired' };

const GUID = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;

const ROLE_WORDS: Array<[RegExp, Role]> = [
  [/global\s*admin|глобальн\w*\s+администратор\w*|administrateur\s+g[ée]n[ée]ral|admin\s+g[ée]n[ée]ral/i, 'globalAdmin'],
  [/mpn\s*(partner\s*)?admin|администратор\w*\s+(партн[её]ра\s+)?mpn|admin\w*\s+(du\s+)?partenaire\s+mpn|admin\w*\s+mpn/i, 'mpnPartnerAdmin'],
  [/admin\s*agent|агент\w*\s+администр\w*|agent\s+d['’]administration|agent\s+admin/i, 'adminAgent'],
  [/help\s*desk|служб\w*\s+поддержк\w*|хелпдеск|support\s+interne/i, 'helpdesk'],
];

// \b only knows ASCII letters, so commands end at a space, a colon or the end instead.
const END = '(?=[\\s:,]|$)';
const GRANT = new RegExp(`^(grant|add|give|выда(й|ть)|назнач(ь|ить)|добав(ь|ить)|attribue[rz]?|accorde[rz]?|ajoute[rz]?)${END}`, 'i');
const REVOKE = new RegExp(`^(revoke|remove|take|отозва(ть)?|отзови|сними|удали(ть)?|retire[rz]?|r[ée]voque[rz]?|supprime[rz]?)${END}`, 'i');
const LIST = /^(roles|admins|who\s+are\s+(the\s+|our\s+)?admins\??|роли|администраторы|кто\s+(у\s+нас\s+)?админ\w*\??|r[ôo]les|administrateurs|qui\s+sont\s+(les\s+|nos\s+)?admin\w*\s*\??)$/i;
const ANNOUNCE = /^(announce\s+here|post\s+announcements\s+here|объявля(й|ть)\s+здесь|анонсы\s+сюда|annonce[rz]?\s+ici)$/i;
const PROFILE = new RegExp(`^(profile|set\\s+profile|профиль|profil)${END}[:\\s]*(.*)$`, 'i');
const EXPIRE = /^(mark\s+(as\s+)?expired|expire|истек(ло)?|отметить\s+(как\s+)?истекш[а-яё]*|marquer\s+(comme\s+)?expir[ée]e?)$/i;

const COMPETENCY_WORDS: Array<[RegExp, CloudCompetency]> = [
  [/security|безопасн|s[ée]curit[ée]/i, 'security'],
  [/cloud\s*business\s*app|бизнес-?приложен|applications?\s+m[ée]tier/i, 'cloudBusinessApplications'],
  [/cloud\s*platform|облачн\w+\s+платформ|plate-?forme\s+cloud/i, 'cloudPlatform'],
  [/cloud\s*productivity|продуктивн|productivit[ée]/i, 'cloudProductivity'],
  [/enterprise\s*mobility|\bemm\b|мобильн|mobilit[ée]/i, 'enterpriseMobilityManagement'],
  [/small\s+and\s+midmarket|\bsmb\b|midmarket|мал\w+\s+и\s+средн|petites?\s+et\s+moyennes/i, 'smallMidmarketCloudSolutions'],
];

/** The one membership named; none when zero or several are named ("gold or silver"). */
function tierIn(text: string): Tier | undefined {
  const named: Tier[] = [];
  if (/action\s*pack|\bmaps\b|экшн\s*пак/i.test(text)) named.push('actionPack');
  // French "or" (gold) only where it cannot be the English or French conjunction.
  if (/\bgold\b|золот|голд|(niveau|partenaire|comp[ée]tence|adh[ée]sion)\s+or\b|^or\b/i.test(text)) named.push('gold');
  if (/\bsilver\b|серебр|\bargent\b/i.test(text)) named.push('silver');
  return named.length === 1 ? named[0] : undefined;
}

export function parseAdminCommand(raw: string): AdminCommand | undefined {
  // A mention first is the bot being addressed (in a channel or group chat); later mentions are the people named.
  const text = raw.replace(/^\s*<at>[^<]*<\/at>/, ' ').replace(/<at>[^<]*<\/at>/g, ' @mention ').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 300) return undefined;
  if (LIST.test(text)) return { kind: 'listRoles' };
  if (ANNOUNCE.test(text)) return { kind: 'announceHere' };
  if (EXPIRE.test(text)) return { kind: 'markExpired' };
  const profile = PROFILE.exec(text);
  if (profile) {
    const rest = profile[2] ?? '';
    if (!rest.trim()) return { kind: 'showProfile' };
    const competencies = COMPETENCY_WORDS.filter(([re]) => re.test(rest)).map(([, c]) => c);
    const other = /other|друг|autre/i.test(rest);
    const tier = tierIn(rest);
    // Nothing recognizable, or two memberships: say how to write it rather than guess or wipe the profile.
    const ambiguous = !tier && /gold|silver|action\s*pack|золот|серебр|argent|голд/i.test(rest);
    if (ambiguous || (!tier && competencies.length === 0 && !other)) return { kind: 'profileUsage' };
    return { kind: 'setProfile', tier, competencies: [...new Set(competencies)], other };
  }
  const isGrant = GRANT.test(text);
  const isRevoke = !isGrant && REVOKE.test(text);
  if (!isGrant && !isRevoke) return undefined;
  const roleWords = ROLE_WORDS.find(([re]) => re.test(text));
  if (!roleWords) return undefined;
  const role = roleWords[1];
  const guid = GUID.exec(text)?.[1]?.toLowerCase();
  const target = guid ? { aadObjectId: guid } : text.includes('@mention') ? { mentionIndex: 0 } : undefined;
  if (!target) return undefined;
  // The command as written in the README ("grant helpdesk <id>", "revoke admin agent @Name"); said otherwise
  // ("выдай роль helpdesk пользователю <id>, она новенькая") it is a request in one's own words, confirmed first.
  const rest = text
    .replace(isGrant ? GRANT : REVOKE, ' ')
    .replace(roleWords[0], ' ')
    .replace(GUID, ' ')
    .replace(/@mention/g, ' ')
    .replace(/(^|\s)(the|role|to|from|роль|le|la|r[oô]le|à|a|de)(?=\s|$)/gi, ' ')
    .replace(/[\s:,.]+/g, '');
  if (rest) return undefined;
  return { kind: isGrant ? 'grant' : 'revoke', role, target };
}

export function isCloudCompetencyId(v: string): v is CloudCompetency {
  return (CLOUD_COMPETENCIES as readonly string[]).includes(v);
}
