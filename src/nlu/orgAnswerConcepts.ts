/**
 * Words by meaning, for matching a question to the organization's answers (src/nlu/orgAnswerMatch.ts): general
 * workplace and IT vocabulary, in en / ru / fr, grouped in concepts whose words a person uses for the same thing
 * ("approve", "sign off", "согласовать", "valider"). Not the sentences of any answer or test: a concept is a meaning
 * any organization's helpdesk meets.
 *
 * An id `group/name` is a concept of a broader group: two words of one concept are the same word for the matcher,
 * two of one group are related (a hotel and a train ticket are both travel). An id without a slash is its own group.
 * `focus`: what a question asks about the thing rather than the thing itself (its cost, its size, removing it,
 * closing it): an answer none of whose phrasings says it answers another question about the same thing.
 *
 * How a word is written here (normalized like the text when read: lower case, no accents, ё → е, й → и):
 * - `word`: that word as written or as the language's stemmer reads it (its stem), so "approves" is "approve";
 * - `pref*`: any word starting with `pref` (Russian and French endings the stemmers leave, word families);
 * - `two words`: the words in a row, each read as above, stop words included ("sign off", "on call", "mot de passe"),
 *   up to two stop words of the text between them ("fill in my hours" reads "fill hours").
 * A phrase wins over a single word; of single words, the written form, then the stem, then the longest prefix; of two
 * concepts with the same entry, the first. A Latin word of a Russian message no Russian entry reads is read as
 * English. The id '-' reads a phrase as nothing (greetings, "d'accord").
 */
import type { Locale } from '../domain/types';
import { stemmerOf } from './nlpjs';
import { normalizeText } from './text';

export interface Concept {
  id: string;
  focus?: true;
  en: readonly string[];
  ru: readonly string[];
  fr: readonly string[];
}

export const CONCEPTS: readonly Concept[] = [
  // --- approving, deciding
  {
    id: 'approve',
    en: ['approv*', 'authoriz*', 'authoris*', 'sign off', 'sign-off', 'signoff', 'signs off', 'signed off', 'go ahead', 'go-ahead', 'green light', 'greenlight', 'endorse*', 'ok it', 'okay it', 'consent*', 'permission to', 'allowed to'],
    ru: ['соглас*', 'одобр*', 'утверд*', 'утвержд*', 'разреш*', 'визир*', 'апрув*', 'аппрув*', 'добро на', 'дать добро', 'дает добро', 'санкц*'],
    fr: ['approuv*', 'approbat*', 'valid*', 'autoris*', 'accord*', 'feu vert', 'aval', 'consent*', 'permission de'],
  },
  { id: 'decide', en: ['decide*', 'decision*', 'decid*'], ru: ['реша*', 'решит*', 'решени*', 'решае*'], fr: ['decid*', 'decision*', 'tranch*'] },
  // --- tickets and their life
  {
    id: 'ticket',
   
    en: ['ticket*', 'case', 'cases', 'request', 'requests', 'sr', 'issue ticket'],
    ru: ['тикет*', 'кейс*', 'обращени*', 'заявк*', 'запрос*', 'реквест*'],
    fr: ['ticket*', 'dossier*', 'cas', 'demande*', 'requete*'],
  },
  {
    id: 'raise/open',
   
    en: ['open', 'opens', 'opened', 'opening', 'raise', 'raised', 'raising', 'file a', 'log a', 'lodge*', 'submit*', 'put in a', 'create a ticket', 'create a case'],
    ru: ['откр*', 'подать', 'подам', 'подаю', 'подал', 'подала', 'подач*', 'подава*', 'подает', 'подаем', 'подают', 'оформ*', 'созд*'],
    fr: ['ouvr*', 'ouvert*', 'depos*', 'soumet*', 'soumis*', 'creer', 'cree', 'creee', 'lancer une', 'faire une demande'],
  },
  { id: 'raise/escalate', en: ['escalat*', 'bump it up'], ru: ['эскал*'], fr: ['escalad*', 'escalat*', 'remonter'] },
  { id: 'close', focus: true, en: ['close', 'closes', 'closed', 'closing', 'closure'], ru: ['закр*', 'закро*'], fr: ['ferm*', 'clotur*', 'clore', 'clos'] },
  { id: 'cancel', focus: true, en: ['cancel*', 'call off', 'abort*', 'terminat*', 'unsubscrib*', 'opt out'], ru: ['отмен*', 'отказ*', 'расторг*', 'прекрат*', 'отписа*'], fr: ['annul*', 'resili*', 'mettre fin', 'desabonn*', 'desinscri*'] },
  { id: 'assign', en: ['assign*', 'allocat*'], ru: ['назнач*', 'распредел*'], fr: ['assign*', 'attribu*', 'affect*'] },
  { id: 'handover', en: ['handover', 'hand over', 'handoff', 'hand off', 'transfer*', 'pass on'], ru: ['переда*', 'передач*'], fr: ['transf*', 'passation*', 'passer la main', 'releve'] },
  { id: 'respond', en: ['respond*', 'reply', 'replies', 'replied', 'answer', 'answers', 'answered', 'response*', 'get back', 'hear back'], ru: ['ответ*', 'отвеч*', 'отклик*'], fr: ['repond*', 'repons*', 'retour'] },
  { id: 'time/wait', en: ['wait*', 'delay*', 'stuck', 'no progress', 'no response', 'no reply', 'ignored', 'taking forever', 'hanging', 'turnaround', 'sla', 'slas', 'how long', 'how fast', 'how soon', 'how quickly', 'take long'], ru: ['жд*', 'ожида*', 'долго', 'быстро', 'задерж*', 'sla'], fr: ['attend*', 'attente*', 'delai*', 'sla', 'combien de temps'] },
  { id: 'time/deadline', en: ['deadline*', 'cutoff', 'cut-off', 'cut off', 'due', 'by when', 'latest'], ru: ['дедлаин*', 'крайн* срок*', 'срок*', 'до какого'], fr: ['date limite', 'echeanc*', 'au plus tard', 'limite'] },
  // --- roles and people
  { id: 'who/manager', en: ['manager*', 'boss*', 'supervisor*', 'line manager', 'team lead', 'lead', 'head of'], ru: ['руковод*', 'начальн*', 'менеджер*', 'лид', 'тимлид*', 'шеф*'], fr: ['manager*', 'responsable*', 'chef*', 'superieur*', 'n+1'] },
  { id: 'who/responsible', en: ['responsib*', 'in charge', 'handles', 'handle', 'deal with', 'deals with', 'take care', 'takes care', 'look after', 'looks after', 'owner*', 'owns', 'point of contact'], ru: ['ответствен*', 'занима*', 'заведующ*', 'курир*'], fr: ['s occupe', 'occup*', 'gere', 'gerer', 'charge de', 'en charge', 'referent*'] },
  { id: 'admin', en: ['admin*', 'administrator*'], ru: ['админ*'], fr: ['admin*'] },
  { id: 'colleague', en: ['colleague*', 'coworker*', 'teammate*', 'co-worker*'], ru: ['коллег*', 'сотрудник*', 'работник*'], fr: ['collegu*', 'collaborat*', 'salarie*', 'employe*'] },
  { id: 'customer', en: ['customer*', 'client*', 'end user*'], ru: ['клиент*', 'заказчик*'], fr: ['client*'] },
  { id: 'vendor', en: ['vendor*', 'supplier*', 'provider*', 'reseller*', 'distributor*'], ru: ['поставщик*', 'вендор*', 'дистриб*', 'подрядчик*'], fr: ['fournisseur*', 'prestataire*', 'distribut*', 'revendeur*'] },
  { id: 'hr', en: ['hr', 'human resources', 'people team', 'personnel'], ru: ['кадр*', 'hr', 'эичар*', 'отдел персонала'], fr: ['rh', 'ressources humaines', 'drh', 'personnel'] },
  { id: 'finance', en: ['finance', 'accounting', 'accountant*', 'accounts payable', 'finance team'], ru: ['бухгалт*', 'финанс*', 'финотдел*'], fr: ['compta*', 'financ*', 'service financier'] },
  { id: 'helpdesk', en: ['helpdesk', 'help desk', 'service desk', 'servicedesk', 'it team', 'it support', 'it department'], ru: ['хелпдеск*', 'техподдерж*', 'сервисдеск*', 'айтишник*', 'ит отдел', 'it отдел'], fr: ['helpdesk', 'service desk', 'dsi', 'support informatique', 'service informatique'] },
  { id: 'microsoft', en: ['microsoft', 'ms', 'msft', 'redmond'], ru: ['microsoft', 'майкрософт*', 'майкрософ*', 'микрософт*', 'мс', 'мелкософт*'], fr: ['microsoft', 'ms', 'msft'] },
  { id: 'newcomer', en: ['new hire*', 'new starter*', 'new joiner*', 'new employee*', 'new colleague*', 'new staff', 'newcomer*', 'onboard*', 'first day', 'just joined', 'i am new', 'im new'], ru: ['новичк*', 'новичок', 'новеньк*', 'нов* сотрудник*', 'онбординг*', 'перв* день', 'только пришел', 'только пришла'], fr: ['nouvel arrivant*', 'nouveaux arrivants', 'nouvel employe*', 'nouveau collaborateur*', 'nouvelle recrue*', 'recrue*', 'onboarding', 'integration', 'premier jour', 'je suis nouveau', 'je suis nouvelle'] },
  { id: 'leaver', en: ['leaver*', 'left the company', 'leaving the company', 'leave the company', 'left us', 'ex-employee*', 'former employee*', 'ex employee*', 'quit', 'quits', 'resign*', 'offboard*', 'departure*', 'fired', 'last day'], ru: ['уволи*', 'увольн*', 'уход*', 'ушел', 'ушла', 'уходит', 'бывш* сотрудник*', 'бывш* коллег*'], fr: ['depart*', 'quitt*', 'demission*', 'licenci*', 'dernier jour', 'ancien salarie*', 'ancien employe*', 'ancien collaborateur*', 'ancienne salariee*'] },
  // --- acquiring, removing, changing
  { id: 'acquire', en: ['obtain*', 'order', 'orders', 'ordered', 'ordering', 'receive*', 'apply for', 'request a', 'request an', 'request new', 'ask for', 'get hold of', 'get me', 'get a', 'get an', 'get one', 'issue me', 'provide*', 'issued'], ru: ['получ*', 'заказ*', 'выда*', 'выдач*', 'выдад*', 'выдел*', 'оформить себе', 'достать', 'раздоб*', 'попрос*', 'запросить'], fr: ['obten*', 'obtien*', 'command*', 'recevoir', 'recoi*', 'recu', 'demander', 'fourn*', 'attribuer', 'avoir un', 'avoir une'] },
  { id: 'price/buy', en: ['buy*', 'bought', 'purchas*', 'procure*', 'procurement', 'purchase order', 'po'], ru: ['купи*', 'куплю', 'купл*', 'покуп*', 'приобре*', 'приобрет*', 'закуп*'], fr: ['achet*', 'achat*', 'acquer*', 'acquisi*', 'bon de commande'] },
  { id: 'price/cost', focus: true, en: ['cost*', 'price*', 'pricing', 'pay', 'pays', 'paid', 'paying', 'payment*', 'fee', 'fees', 'charge', 'charged', 'charges', 'expensive', 'cheap*', 'how much', 'bill', 'billed', 'billing', 'bills', 'invoice*', 'budget*', 'spend*', 'spent', 'rate', 'rates'], ru: ['стоит', 'стоят', 'стоить', 'стоимост*', 'цен*', 'платн*', 'плати*', 'платят', 'плачу', 'оплач*', 'заплач*', 'уплат*', 'платеж*', 'плата', 'платы', 'плату', 'оплат*', 'заплат*', 'дорог*', 'дешев*', 'счет', 'счета', 'счету', 'счетом', 'счетов', 'инвоис*', 'бюджет*', 'тариф*', 'потрат*', 'трат*'], fr: ['cout*', 'prix', 'pai*', 'pay*', 'tarif*', 'cher', 'chere', 'factur*', 'budget*', 'depens*'] },
  { id: 'expense/claim', en: ['expense*', 'expens*', 'reimburs*', 'refund*', 'claim', 'claims', 'claimed', 'claiming', 'receipt*', 'per diem', 'allowance*', 'out of pocket'], ru: ['компенс*', 'возмещ*', 'возмест*', 'авансов* отчет*', 'вернут* деньг*', 'чек', 'чеки', 'чеков', 'суточн*', 'расход*'], fr: ['rembours*', 'note de frais', 'notes de frais', 'frais', 'justificatif*', 'recu*', 'indemn*', 'per diem'] },
  { id: 'price/discount', en: ['discount*', 'rebate*', 'promo*'], ru: ['скидк*', 'скидоч*'], fr: ['remise*', 'reduc*', 'rabais', 'ristourne*'] },
  { id: 'price/quote', en: ['quote', 'quotes', 'quotation*', 'estimate*', 'proposal*'], ru: ['смет*', 'кп', 'коммерческ* предлож*', 'предложени*'], fr: ['devis', 'estimation*', 'proposition commerciale'] },
  { id: 'salary', en: ['salary', 'salaries', 'payslip*', 'pay slip*', 'payroll', 'wage*', 'bonus*', 'paycheck*'], ru: ['зарплат*', 'зп', 'оклад*', 'преми*', 'расчетн* лист*'], fr: ['salaire*', 'fiche de paie', 'bulletin de paie', 'paie', 'prime*', 'remuneration*'] },
  { id: 'remove', focus: true, en: ['remov*', 'delet*', 'eras*', 'take off', 'take out', 'get rid', 'revok*', 'deactivat*', 'disabl*', 'deprovision*', 'uninstall*', 'wipe*', 'clean up', 'purge*'], ru: ['удал*', 'убра*', 'убер*', 'стере*', 'стира*', 'отозв*', 'отзыв*', 'деактив*', 'отключ*', 'снести', 'снес*', 'вычеркн*', 'исключ*'], fr: ['supprim*', 'suppress*', 'retir*', 'effac*', 'enlev*', 'revoq*', 'desactiv*', 'desinstall*', 'radier'] },
  { id: 'change/modify', focus: true, en: ['chang*', 'modif*', 'updat*', 'edit', 'edits', 'edited', 'editing', 'amend*', 'adjust*', 'switch*', 'move*'], ru: ['измен*', 'помен*', 'смени*', 'сменит*', 'обнов*', 'поправ*', 'редакт*', 'перенес*', 'перенос*', 'переключ*'], fr: ['modifi*', 'chang*', 'mettre a jour', 'mise a jour', 'mise jour', 'mettre jour', 'maj', 'edit*', 'deplac*'] },
  { id: 'change/replace', focus: true, en: ['replac*', 'swap*', 'exchang*', 'substitut*', 'trade in'], ru: ['замен*', 'замени*', 'обмен*', 'поменя*'], fr: ['rempla*', 'echang*', 'substitu*', 'permut*'] },
  { id: 'change/upgrade', en: ['upgrad*', 'downgrad*'], ru: ['апгреид*', 'даунгреид*', 'повыс*', 'понизит*'], fr: ['mise a niveau', 'upgrad*', 'surclass*'] },
  { id: 'recover/reset', focus: true, en: ['reset*', 'forgot*', 'forgotten', 'recover*', 'unlock*', 'restore access'], ru: ['сброс*', 'сбрас*', 'забыл*', 'разблок*', 'восстанов* доступ*', 'восстанов* парол*'], fr: ['reinitialis*', 'oubli*', 'debloqu*', 'recuper*'] },
  { id: 'restore', en: ['restor*', 'backup*', 'back up', 'backed up', 'snapshot*'], ru: ['восстанов*', 'бэкап*', 'бекап*', 'резервн* коп*', 'снапшот*'], fr: ['restaur*', 'sauvegard*', 'backup*', 'snapshot*'] },
  { id: 'join', en: ['join', 'joins', 'joined', 'joining', 'enrol*', 'enroll*', 'sign up', 'signup', 'register*', 'registration', 'add me', 'added to', 'get added', 'be added', 'subscribe to', 'opt in', 'put me on'], ru: ['вступ*', 'присоедин*', 'записа*', 'запиши*', 'запишу*', 'регистр*', 'зарегистр*', 'добав* меня', 'попасть в', 'включить меня', 'включите меня'], fr: ['rejoindr*', 'rejoin*', 'inscri*', 'inscrir*', 'enregistr*', 'ajoutez moi', 'ajouter moi', 'integrer'] },
  { id: 'add', en: ['add', 'adds', 'adding', 'added'], ru: ['добав*', 'добавл*'], fr: ['ajout*'] },
  { id: 'install', en: ['install*', 'set up', 'setup', 'set-up', 'configur*', 'config', 'provision*', 'deploy*', 'roll out', 'rollout'], ru: ['установ*', 'устанавл*', 'постав*', 'ставить', 'настро*', 'настраива*', 'конфигур*', 'развер*', 'разверн*', 'разворач*', 'раскат*', 'инсталл*'], fr: ['install*', 'configur*', 'parametr*', 'mettre en place', 'mise en place', 'deploi*', 'deploy*'] },
  { id: 'raise/create', en: ['creat*', 'spin up', 'spun up', 'make a new', 'new one'], ru: ['созда*', 'подня*', 'подним*', 'завести'], fr: ['creer', 'creat*', 'monter', 'generer'] },
  { id: 'download', en: ['download*', 'installer'], ru: ['скача*', 'скачив*', 'загруз*', 'загруж*', 'дистрибутив*'], fr: ['telecharg*'] },
  { id: 'share', en: ['shar*', 'common', 'team mailbox', 'group mailbox', 'generic'], ru: ['общ*', 'совместн*', 'расшар*', 'команд* ящик*'], fr: ['partag*', 'commun*', 'generique*'] },
  { id: 'copy', en: ['cc', 'ccd', 'cced', 'copy', 'copied', 'copying', 'in copy', 'loop in', 'looped in', 'keep in the loop'], ru: ['копи*', 'в копию', 'в копии', 'сс'], fr: ['copie*', 'cc', 'en copie', 'mettre en copie'] },
  { id: 'report', en: ['report', 'reports', 'reported', 'reporting', 'flag', 'flagged', 'notify', 'notified', 'let know', 'alert'], ru: ['сообщ*', 'уведом*', 'доложи*', 'оповест*', 'оповещ*', 'предупред*', 'зарепорт*', 'пожаловат*', 'жалоб*'], fr: ['signal*', 'preven*', 'averti*', 'declar*', 'notifi*', 'alert*'] },
  { id: 'contact', en: ['contact*', 'reach', 'reach out', 'talk to', 'speak to', 'speak with', 'get hold', 'ping', 'who do i ask', 'who to ask', 'who should i ask'], ru: ['связат*', 'связь', 'обрати*', 'обращат*', 'напис*', 'пинг*', 'к кому', 'у кого спросить'], fr: ['contact*', 'joindre', 'parler a', 's adresser', 'a qui', 'aupres de qui', 'interlocut*'] },
  { id: 'name', en: ['name', 'names', 'named', 'renam*', 'called now', 'new name'], ru: ['назыв*', 'назван*', 'переимен*', 'имя'], fr: ['nom', 'noms', 'renomm*', 'appellation', 's appelle', 'nouveau nom'] },
  // --- money and contracts
  { id: 'contract', en: ['contract*', 'agreement*', 'msa', 'sow', 'terms'], ru: ['договор*', 'контракт*', 'соглашен*'], fr: ['contrat*', 'convention*', 'avenant*'] },
  { id: 'sign', en: ['sign', 'signs', 'signed', 'signing', 'signature*', 'countersign*', 'docusign', 'e-sign*', 'esign*'], ru: ['подпис*', 'подпиш*'], fr: ['sign*', 'parapher'] },
  { id: 'renew', en: ['renew*', 'expir*', 'extend*', 'extension*', 'lapse*', 'runs out', 'run out'], ru: ['продл*', 'продле*', 'истек*', 'истека*', 'истеч*', 'закончит*', 'заканчива*', 'кончит*', 'кончил*', 'кончат*'], fr: ['renouvel*', 'expir*', 'prolong*', 'reconduc*', 'arriv* a echeance', 'echu*'] },
  { id: 'membership', en: ['membership*', 'member', 'members', 'partnership*', 'program', 'programs', 'programme*', 'mpn', 'partner network'], ru: ['членств*', 'член', 'участи*', 'партнерств*', 'программ*', 'mpn'], fr: ['adhes*', 'adher*', 'membre*', 'partenariat*', 'programme*', 'mpn'] },
  { id: 'license', en: ['licen*', 'seat', 'seats'], ru: ['лиценз*'], fr: ['licen*'] },
  { id: 'subscription', en: ['subscription*', 'subs'], ru: ['подписк*'], fr: ['abonnement*', 'souscription*'] },
  { id: 'tenant', en: ['tenant*', 'directory'], ru: ['тенант*', 'тенан*', 'арендатор*'], fr: ['tenant*', 'locataire*'] },
  { id: 'balance', en: ['left', 'remaining', 'remain', 'remains', 'balance', 'still have', 'available', 'unused', 'leftover'], ru: ['остал*', 'остат*', 'остает*', 'баланс*', 'доступн*', 'неиспольз*'], fr: ['rest*', 'solde*', 'disponible*', 'inutilis*'] },
  { id: 'quota', focus: true, en: ['quota*', 'limit*', 'size', 'sizes', 'how big', 'capacity', 'storage', 'maximum', 'max', 'cap', 'space'], ru: ['квот*', 'лимит*', 'размер*', 'объем*', 'ограничен*', 'емкост*', 'максимал*', 'места', 'хранилищ*'], fr: ['quota*', 'limit*', 'taille*', 'capacite*', 'stockage*', 'maximum', 'max', 'espace'] },
  { id: 'cover', en: ['cover*', 'includ*', 'contain*', 'entitle*', 'eligib*'], ru: ['покрыва*', 'покрыт*', 'покроет', 'включа*', 'включен*', 'входит в', 'входят в', 'положено'], fr: ['couvr*', 'couvert*', 'inclu*', 'eligib*', 'droit a'] },
  // --- access and accounts
  { id: 'access/access', en: ['access*', 'permission*', 'rights', 'privilege*', 'grant*'], ru: ['доступ*', 'права', 'прав доступа', 'правами', 'полномоч*', 'привилег*'], fr: ['acces', 'acced*', 'droits', 'droit d acces', 'privilege*', 'habilitation*', 'permission*'] },
  { id: 'access/login', en: ['login*', 'log in', 'logon', 'log on', 'sign in', 'signin', 'sign-in', 'credential*', 'username*', 'user name', 'account*'], ru: ['логин*', 'войти', 'вход*', 'заити', 'зайти', 'залогин*', 'учетн* запис*', 'учетк*', 'аккаунт*', 'акаунт*', 'авториз*'], fr: ['connect*', 'login', 'identifiant*', 'compte*', 'authentifi*', 's identifier'] },
  { id: 'access/role', en: ['role', 'roles', 'rbac'], ru: ['рол*'], fr: ['role*'] },
  { id: 'access/password', en: ['password*', 'passcode*', 'passphrase*', 'pin', 'pwd'], ru: ['парол*', 'пин'], fr: ['mot de passe', 'mots de passe', 'mdp', 'code pin'] },
  { id: 'access/mfa', en: ['mfa', '2fa', 'two factor', 'two-factor', 'authenticator', 'otp', 'one time code'], ru: ['mfa', '2fa', 'двухфактор*', 'аутентификатор*', 'одноразов* код*'], fr: ['mfa', '2fa', 'double authentification', 'double facteur', 'authenticator'] },
  { id: 'access/locked', en: ['locked', 'lockout', 'locked out', 'blocked', 'block', 'suspended'], ru: ['заблок*', 'блокир*', 'блокн*'], fr: ['bloqu*', 'verrouill*', 'suspendu*'] },
  { id: 'access/delegated', en: ['delegat*', 'gdap', 'dap', 'on behalf'], ru: ['делегир*', 'gdap'], fr: ['delegu*', 'delegat*', 'gdap'] },
  // --- security
  { id: 'security', en: ['security', 'secure', 'phishing', 'phish*', 'suspicious', 'breach*', 'virus*', 'malware', 'ransomware', 'spam', 'scam*', 'compromis*', 'hacked'], ru: ['безопасн*', 'фишинг*', 'подозрит*', 'вирус*', 'взлом*', 'малвар*', 'спам*', 'мошенн*', 'утечк*'], fr: ['securi*', 'phishing', 'hameconn*', 'suspect*', 'suspicieu*', 'virus', 'malveill*', 'piratag*', 'pirat*', 'spam*', 'arnaque*', 'fuite*'] },
  // --- problems and urgency
  { id: 'broken/outage', en: ['outage*', 'down', 'crash*', 'unavailable', 'offline', 'not working', 'stopped working', 'dead', 'went down', 'goes down', 'broke', 'broken'], ru: ['упал*', 'упало', 'лежит', 'лежат', 'слома*', 'сломан*', 'недоступ*', 'не работа*', 'сбои', 'сбоя', 'сбою', 'сбоем', 'сбоев', 'авари*', 'отвал*', 'накрыл*', 'рухну*'], fr: ['panne*', 'tomb*', 'plant*', 'indisponib*', 'hors service', 'hs', 'ne marche', 'ne fonctionne', 'casse*'] },
  { id: 'broken/problem', en: ['error*', 'issue', 'issues', 'problem*', 'bug', 'bugs', 'fault*', 'trouble*', 'glitch*', 'fail*', 'wrong'], ru: ['ошибк*', 'ошибо*', 'проблем*', 'баг*', 'глюк*', 'глюч*', 'неполад*', 'неисправ*', 'косяк*'], fr: ['erreur*', 'probleme*', 'bug*', 'souci*', 'defaut*', 'dysfonct*', 'echec*', 'echou*', 'incident technique'] },
  { id: 'broken/slow', focus: true, en: ['slow*', 'lag*', 'sluggish', 'freez*', 'hang*'], ru: ['медлен*', 'тормоз*', 'висн*', 'завис*', 'лага*'], fr: ['lent*', 'rame', 'ramer', 'fig*'] },
  { id: 'urgent', en: ['urgent*', 'emergenc*', 'critical', 'asap', 'sev a', 'sev1', 'severity a', 'p1', 'priority', 'escalation urgent', 'right away', 'immediately'], ru: ['срочн*', 'экстрен*', 'критич*', 'приоритет*', 'немедлен*', 'горит', 'горящ*'], fr: ['urgen*', 'critique*', 'prioritaire*', 'priorite*', 'immediat*', 'au plus vite'] },
  { id: 'oncall', en: ['on call', 'on-call', 'oncall', 'on duty', 'pager', 'standby', 'duty engineer', 'duty'], ru: ['дежур*', 'на связи', 'на дежурстве'], fr: ['astreinte*', 'permanence*', 'de garde', 'de service'] },
  { id: 'schedule', en: ['rota*', 'roster*', 'schedul*', 'shift*', 'calendar*', 'timetable*', 'planning', 'plan ahead'], ru: ['график*', 'расписан*', 'смена', 'смены', 'смен', 'сменами', 'календар*', 'ротац*'], fr: ['planning*', 'horaire*', 'calendrier*', 'roulement*', 'tour de role'] },
  { id: 'offhours', en: ['night*', 'overnight', 'after hours', 'after-hours', 'out of hours', 'out-of-hours', 'outside business hours', 'outside office hours', 'weekend*', 'saturday*', 'sunday*', 'sat', 'sun', 'evening*', 'off hours', '3am', '2am', 'midnight'], ru: ['ночь*', 'ночью', 'ночн*', 'выходн*', 'суббот*', 'воскресен*', 'нерабоч*', 'вечер*', 'после работы', 'в нерабочее'], fr: ['nuit*', 'week-end*', 'week end', 'weekend*', 'samedi*', 'dimanche*', 'soir*', 'hors heures', 'hors des heures', 'heures non ouvrees', 'apres les heures'] },
  { id: 'phone', en: ['phone*', 'call', 'calls', 'calling', 'ring', 'dial*', 'hotline', 'number to call'], ru: ['звон*', 'позвон*', 'телефон*', 'прозвон*', 'набрать', 'горяч* лини*'], fr: ['telephon*', 'appel*', 'hotline', 'numero*'] },
  { id: 'production', en: ['production', 'prod', 'live', 'live system*'], ru: ['прод', 'прода', 'проде', 'продакшн*', 'продакшен*', 'боев*', 'продуктив*'], fr: ['production', 'prod'] },
  // --- communication
  { id: 'email', en: ['email*', 'e-mail*', 'mail', 'mails', 'outlook', 'mailbox*', 'inbox*', 'address', 'addresses', 'distribution list*', 'dl'], ru: ['почт*', 'ящик*', 'аутлук*', 'outlook', 'письм*', 'письмо', 'писем', 'мейл*', 'имейл*', 'емейл*', 'e-mail', 'адрес*', 'рассылк*'], fr: ['mail*', 'e-mail*', 'email*', 'outlook', 'courriel*', 'boite*', 'adresse*', 'liste de diffusion'] },
  { id: 'channel', en: ['channel*', 'chat', 'chats', 'slack', 'teams channel', 'thread'], ru: ['канал*', 'чат*', 'тред*', 'ветк*'], fr: ['canal', 'canaux', 'chat', 'fil', 'discussion*'] },
  { id: 'meeting', en: ['meeting*', 'call with', 'sync', 'standup', 'stand-up'], ru: ['встреч*', 'митинг*', 'созвон*', 'совещан*', 'планерк*'], fr: ['reunion*', 'rendez-vous', 'point hebdo', 'visio*'] },
  // --- documents and knowledge
  { id: 'docs/policy', en: ['polic*', 'rule*', 'guideline*', 'procedur*', 'process*', 'regulation*', 'standard*', 'compliance'], ru: ['политик*', 'правил*', 'регламент*', 'процедур*', 'процесс*', 'норматив*', 'стандарт*', 'порядок'], fr: ['politique*', 'regle*', 'reglement*', 'procedur*', 'processus', 'norme*', 'conformite*'] },
  { id: 'docs/wiki', en: ['wiki*', 'knowledge base', 'kb', 'confluence', 'documentation', 'docs', 'runbook*', 'playbook*', 'how-to', 'guide*', 'instructions'], ru: ['вики*', 'баз* знаний', 'документац*', 'инструкц*', 'ранбук*', 'руководств*', 'мануал*'], fr: ['wiki*', 'base de connaissances', 'documentation*', 'mode operatoire', 'guide*', 'procedure ecrite', 'tuto*'] },
  { id: 'docs/template', en: ['template*', 'form', 'forms', 'boilerplate'], ru: ['шаблон*', 'бланк*', 'форм*'], fr: ['modele*', 'gabarit*', 'formulaire*', 'trame*'] },
  { id: 'docs/file', en: ['file', 'files', 'document', 'documents', 'folder*', 'sharepoint', 'onedrive', 'google drive'], ru: ['фаил*', 'документ*', 'папк*', 'шарепоинт*', 'диск'], fr: ['fichier*', 'document*', 'repertoire*', 'sharepoint', 'onedrive', 'classeur*'] },
  // --- learning
  { id: 'learning/training', en: ['training*', 'course*', 'learn*', 'class', 'classes', 'workshop*', 'bootcamp*', 'upskill*', 'study', 'studying'], ru: ['обучен*', 'курс*', 'тренинг*', 'учеб*', 'учит*', 'воркшоп*', 'семинар*'], fr: ['formation*', 'cours', 'apprend*', 'atelier*', 'apprentissage*', 'etud*'] },
  { id: 'learning/cert', en: ['certif*', 'exam*', 'cert', 'certs', 'voucher*', 'test center'], ru: ['сертифик*', 'экзамен*', 'ваучер*'], fr: ['certif*', 'examen*', 'voucher*', 'bon d examen'] },
  // --- time off, work
  { id: 'timeoff/vacation', en: ['vacation*', 'holiday*', 'on leave', 'annual leave', 'parental leave', 'leave request*', 'take leave', 'pto', 'time off', 'day off', 'days off', 'off work'], ru: ['отпуск*', 'отгул*', 'выходно* день', 'день за свои'], fr: ['conge*', 'vacance*', 'rtt', 'jour off', 'jours off', 'absence*'] },
  { id: 'timeoff/autoreply', en: ['out of office', 'out-of-office', 'ooo', 'autoreply', 'auto-reply', 'auto reply', 'automatic reply', 'away message'], ru: ['автоответ*', 'автоматическ* ответ*'], fr: ['reponse automatique', 'message d absence', 'absence du bureau', 'repondeur*'] },
  { id: 'timeoff/sick', en: ['sick*', 'ill', 'illness', 'doctor*', 'medical'], ru: ['больничн*', 'болею', 'заболе*', 'болезн*', 'врач*'], fr: ['malad*', 'arret maladie', 'arret de travail', 'medecin*', 'medical*'] },
  { id: 'remote', en: ['remote*', 'wfh', 'work from home', 'working from home', 'home office', 'telework*', 'hybrid'], ru: ['удаленк*', 'удаленн*', 'из дома', 'на удаленк*', 'дистанц*', 'гибрид*'], fr: ['teletravail*', 'teletravaill*', 'a distance', 'de chez moi', 'depuis chez moi', 'domicile', 'hybride'] },
  { id: 'work/overtime', en: ['overtime', 'extra hours', 'worked late'], ru: ['переработк*', 'сверхурочн*'], fr: ['heures sup*', 'heures supplementaires'] },
  // --- travel and places
  { id: 'travel/trip', en: ['travel*', 'trip*', 'business trip*', 'onsite', 'on-site', 'visit*', 'journey*', 'commute*'], ru: ['командиров*', 'поездк*', 'выезд*', 'визит*', 'съезд*', 'ехать', 'поехать', 'еду'], fr: ['deplacement*', 'voyage*', 'visite*', 'mission*', 'trajet*', 'chez le client'] },
  { id: 'travel/mileage', en: ['mileage', 'miles', 'kilometer*', 'kilometre*', 'fuel', 'petrol', 'gas money'], ru: ['километраж*', 'пробег*', 'бензин*', 'топлив*', 'гсм'], fr: ['kilometr*', 'carburant*', 'essence', 'indemnites kilometriques'] },
  { id: 'car/vehicle', en: ['drive', 'driving', 'drove', 'car', 'cars', 'vehicle*', 'motorbike*', 'bike', 'bikes', 'bicycle*', 'ev', 'scooter*'], ru: ['машин*', 'автомоб*', 'авто', 'на колесах', 'за рулем', 'тачк*', 'велосипед*', 'мотоцикл*', 'электромобил*'], fr: ['voiture*', 'vehicule*', 'conduire', 'conduis', 'bagnole*', 'velo*', 'moto*', 'scooter*'] },
  { id: 'travel/lodging', en: ['hotel*', 'accommodation*', 'lodging', 'airbnb', 'stay overnight'], ru: ['гостиниц*', 'отел*', 'проживан*', 'жилье'], fr: ['hotel*', 'hebergement*', 'logement*', 'nuitee*'] },
  { id: 'travel/ticket', en: ['flight*', 'train*', 'plane*', 'rail', 'airfare*', 'taxi*', 'uber'], ru: ['билет*', 'авиа*', 'перелет*', 'поезд*', 'самолет*', 'такси'], fr: ['billet*', 'vol', 'vols', 'avion*', 'train*', 'taxi*', 'sncf'] },
  { id: 'office', en: ['office', 'offices', 'premises', 'building*', 'hq', 'headquarters', 'site'], ru: ['офис*', 'здани*', 'помещен*', 'площадк*'], fr: ['bureau', 'bureaux', 'locaux', 'batiment*', 'siege', 'site'] },
  { id: 'book', focus: true, en: ['book', 'books', 'booked', 'booking*', 'reserv*'], ru: ['брон*', 'заброн*', 'резерв*'], fr: ['reserv*', 'book*'] },
  { id: 'room', en: ['room', 'rooms', 'meeting room*', 'boardroom*'], ru: ['переговорк*', 'переговорн*', 'комнат*', 'зал*'], fr: ['salle*'] },
  { id: 'car/parking', en: ['parking', 'car park', 'park', 'parked', 'garage*', 'parking space*', 'parking spot*', 'parking permit*'], ru: ['парков*', 'припарков*', 'стоянк*', 'паркинг*', 'машиномест*', 'гараж*', 'встать машиной', 'поставить машину'], fr: ['parking*', 'stationn*', 'garer', 'gare', 'garage*', 'place de parking'] },
  { id: 'badge', en: ['badge*', 'keycard*', 'key card*', 'access card*', 'fob*', 'id card*'], ru: ['бейдж*', 'беидж*', 'пропуск*', 'ключ-карт*', 'карт* доступа'], fr: ['badge*', 'carte d acces', 'carte d accès'] },
  // --- devices
  { id: 'device/computer', en: ['laptop*', 'notebook*', 'computer*', 'pc', 'pcs', 'desktop*', 'workstation*', 'macbook*', 'mac', 'machine'], ru: ['ноутбук*', 'ноут', 'ноута', 'ноуте', 'компьютер*', 'комп', 'компа', 'пк', 'макбук*', 'рабоч* станц*'], fr: ['ordinateur*', 'ordi', 'ordis', 'pc', 'portable*', 'poste de travail', 'macbook*', 'laptop*'] },
  { id: 'device/headset', en: ['headset*', 'headphone*', 'earphone*', 'earbud*', 'microphone*', 'mic', 'webcam*', 'camera*'], ru: ['гарнитур*', 'наушник*', 'микрофон*', 'вебкам*', 'веб-камер*', 'камер*'], fr: ['casque*', 'ecouteur*', 'micro', 'microphone*', 'webcam*', 'camera*'] },
  { id: 'device/monitor', en: ['monitor*', 'screen*', 'display*', 'tv', 'tvs', 'television*', 'projector*', 'beamer', 'hdmi', 'dock*', 'docking station*', 'keyboard*', 'mouse', 'peripheral*', 'charger*', 'adapter*', 'cable*'], ru: ['монитор*', 'экран*', 'дисплеи', 'дисплея', 'телевизор*', 'телек*', 'проектор*', 'hdmi', 'док-станц*', 'докстанц*', 'клавиатур*', 'мыш*', 'периферия', 'зарядк*', 'переходник*', 'адаптер*', 'кабел*'], fr: ['ecran*', 'moniteur*', 'affichage', 'tele', 'tv', 'televiseur*', 'television*', 'projecteur*', 'videoprojecteur*', 'hdmi', 'station d accueil', 'dock*', 'clavier*', 'souris', 'peripherique*', 'chargeur*', 'adaptateur*', 'cable*'] },
  { id: 'device/mobile', en: ['mobile*', 'smartphone*', 'cellphone*', 'cell', 'cell phone', 'iphone*', 'android', 'sim', 'sim card*', 'esim', 'data plan', 'phone plan'], ru: ['мобильн*', 'мобильник*', 'смартфон*', 'айфон*', 'андроид*', 'сим', 'сим-карт*', 'симк*', 'sim', 'sim-карт*'], fr: ['mobile*', 'smartphone*', 'iphone*', 'android', 'sim', 'carte sim', 'forfait mobile', 'forfait*'] },
  { id: 'device/hardware', en: ['hardware', 'equipment', 'gear', 'device*', 'kit', 'asset*'], ru: ['оборудован*', 'железо', 'железк*', 'устройств*', 'девайс*', 'техник*'], fr: ['materiel*', 'equipement*', 'appareil*', 'peripherique*'] },
  { id: 'printer/printer', en: ['printer*', 'print', 'printing', 'printed', 'scanner*', 'scan', 'copier*', 'photocopier*', 'mfp'], ru: ['принтер*', 'печат*', 'распечат*', 'сканер*', 'мфу', 'ксерокс*', 'копир*'], fr: ['imprim*', 'scanner*', 'scan', 'copieur*', 'photocopieu*'] },
  { id: 'printer/toner', en: ['toner*', 'ink', 'cartridge*', 'paper jam', 'paper'], ru: ['тонер*', 'картридж*', 'краск*', 'бумаг*'], fr: ['toner*', 'encre*', 'cartouche*', 'papier*', 'bourrage*'] },
  { id: 'network/wifi', en: ['wifi', 'wi-fi', 'wireless', 'hotspot*', 'ssid'], ru: ['wifi', 'wi-fi', 'вифи', 'ваи-фаи', 'ваифаи', 'беспровод*'], fr: ['wifi', 'wi-fi', 'sans fil'] },
  { id: 'network/vpn', en: ['vpn', 'remote access', 'tunnel*', 'globalprotect', 'anyconnect'], ru: ['vpn', 'впн', 'туннел*', 'удаленн* доступ*'], fr: ['vpn', 'acces distant', 'acces a distance', 'tunnel*'] },
  { id: 'network/network', en: ['network*', 'internet', 'lan', 'connection', 'connectivity', 'firewall*', 'dns', 'proxy'], ru: ['сет*', 'интернет*', 'подключени*', 'соединени*', 'фаервол*', 'файрвол*', 'прокси'], fr: ['reseau*', 'internet', 'connexion*', 'pare-feu', 'firewall*', 'proxy'] },
  { id: 'software', en: ['software', 'app', 'apps', 'application*', 'tool', 'tools', 'tooling'], ru: ['софт*', 'приложени*', 'программ* обеспеч*', 'инструмент*', 'утилит*', 'saas', 'сервис*', 'программк*'], fr: ['logiciel*', 'appli', 'applis', 'application*', 'outil*', 'saas'] },
  // --- test and environments
  { id: 'lab/sandbox', en: ['sandbox*', 'lab', 'labs', 'test', 'tests', 'testing', 'tested', 'experiment*', 'playground', 'play around', 'play with', 'demo*', 'trial', 'poc', 'proof of concept', 'non-prod', 'nonprod', 'dev environment'], ru: ['песочниц*', 'тест*', 'лаб*', 'лабораторн*', 'эксперимент*', 'демо*', 'пилот*', 'поиграться', 'попробовать', 'пощупать', 'стенд*'], fr: ['bac a sable', 'sandbox', 'test*', 'labo*', 'laboratoire*', 'essai*', 'experiment*', 'demo*', 'maquette*', 'poc', 'preuve de concept', 'tester', 'essayer'] },
  { id: 'lab/vm', en: ['vm', 'vms', 'virtual machine*', 'server*', 'instance*', 'container*', 'cluster*'], ru: ['вм', 'виртуалк*', 'виртуальн* машин*', 'сервер*', 'инстанс*', 'контейнер*', 'кластер*'], fr: ['vm', 'machine virtuelle', 'machines virtuelles', 'serveur*', 'instance*', 'conteneur*', 'cluster*'] },
  { id: 'environment', en: ['environment*', 'env', 'envs', 'stage', 'staging'], ru: ['окружени*', 'сред', 'среду', 'среда', 'среде', 'средах', 'стейдж*'], fr: ['environnement*', 'env', 'preprod*', 'recette'] },
  // --- change management and work
  { id: 'maintenance', en: ['maintenance', 'maintenance window', 'change window', 'downtime', 'patch*', 'freeze'], ru: ['обслуживан*', 'регламентн* работ*', 'простои', 'патч*', 'заморозк*'], fr: ['maintenance*', 'fenetre de maintenance', 'interruption*', 'correctif*', 'gel'] },
  { id: 'onprem', en: ['on-premises', 'on premises', 'on-prem', 'on prem', 'onprem', 'on-premise', 'on premise'], ru: ['локальн*', 'on-premises', 'он-прем*'], fr: ['sur site', 'sur-site', 'on-premise*', 'sur place'] },
  { id: 'broken/fix', focus: true, en: ['fix', 'fixes', 'fixed', 'fixing', 'repair*', 'resolv*', 'solve*', 'sort out', 'troubleshoot*', 'workaround*'], ru: ['почин*', 'исправ*', 'устран*', 'ремонт*', 'отремонт*', 'решить проблем*', 'обходн* пут*', 'разобраться с'], fr: ['repar*', 'resoud*', 'resolu*', 'regl*', 'corrig*', 'depann*', 'contourn*'] },
  { id: 'expense/card', en: ['credit card*', 'company card*', 'corporate card*', 'amex', 'debit card*', 'card payment*'], ru: ['корпоративн* карт*', 'кредитн* карт*', 'банковск* карт*', 'карт* компании', 'картой компании'], fr: ['carte bancaire', 'cartes bancaires', 'carte affaires', 'carte entreprise', 'carte de credit', 'carte de la societe', 'carte pro'] },
  { id: 'price/free', focus: true, en: ['free', 'for free', 'free of charge', 'no cost', 'complimentary'], ru: ['бесплатн*', 'даром', 'за так'], fr: ['gratuit*', 'sans frais', 'offert*'] },
  { id: 'sales/deal', en: ['deal', 'deals', 'opportunit*', 'lead', 'leads', 'prospect*', 'co-sell', 'cosell', 'referral*', 'pipeline of deals'], ru: ['сделк*', 'сделок', 'пресеил*', 'лиды', 'лидов', 'проспект*', 'реферал*', 'совместн* продаж*'], fr: ['affaire*', 'opportunit*', 'prospect*', 'deal', 'deals', 'co-sell', 'recommandation client'] },
  { id: 'sales/crm', en: ['crm', 'dynamics', 'salesforce', 'hubspot', 'pipedrive'], ru: ['crm', 'црм', 'срм', 'битрикс*', 'dynamics'], fr: ['crm', 'dynamics', 'salesforce', 'hubspot'] },
  { id: 'sales/incentive', en: ['incentive*', 'rebate*', 'commission*', 'payout*', 'reward*', 'spiff*'], ru: ['инсентив*', 'вознагражд*', 'комисси*', 'выплат*', 'бонус*', 'ребеит*'], fr: ['incitation*', 'incentive*', 'commission*', 'versement*', 'recompense*', 'bonus'] },
  { id: 'marketplace', en: ['marketplace*', 'listing*', 'appsource', 'storefront'], ru: ['маркетплеис*', 'витрин*', 'листинг*'], fr: ['marketplace', 'place de marche', 'vitrine*', 'catalogue en ligne'] },
  { id: 'stats', en: ['dashboard*', 'stats', 'statistic*', 'analytics', 'metric*', 'kpi*', 'figures', 'numbers'], ru: ['отчет*', 'дашборд*', 'статистик*', 'аналитик*', 'метрик*', 'kpi', 'показател*', 'цифр*'], fr: ['rapport*', 'tableau de bord', 'tableaux de bord', 'statistique*', 'stats', 'analytique*', 'indicateur*', 'kpi', 'chiffres'] },
  { id: 'privacy', en: ['gdpr', 'personal data', 'pii', 'privacy', 'confidential*', 'sensitive data', 'nda', 'non-disclosure'], ru: ['gdpr', 'персональн* данн*', 'конфиденц*', 'чувствительн* данн*', 'nda', 'ндa', 'соглашени* о неразглашени*', 'неразглашени*', 'пдн', '152-фз'], fr: ['rgpd', 'gdpr', 'donnees personnelles', 'donnees perso', 'confidenti*', 'donnees sensibles', 'nda', 'accord de confidentialite'] },
  { id: 'data', en: ['data', 'dataset*', 'records'], ru: ['данн*'], fr: ['donnee*', 'donnees'] },
  { id: 'migrate', en: ['migrat*', 'move to the cloud', 'lift and shift', 'cutover'], ru: ['миграц*', 'мигрир*', 'переезд*', 'перенос данных', 'переех*'], fr: ['migr*', 'bascul*', 'demenag*'] },
  { id: 'desk', en: ['desk', 'desks', 'hot desk*', 'hotdesk*', 'workspace*', 'coworking', 'co-working'], ru: ['стол', 'столы', 'стола', 'рабоч* мест*', 'коворкинг*', 'опенспеис*'], fr: ['flex office', 'espace de travail', 'coworking', 'place au bureau', 'bureau partage'] },
  { id: 'locker', en: ['locker*', 'key', 'keys', 'cabinet*', 'storage room'], ru: ['ключ', 'ключи', 'ключа', 'ключом', 'шкафчик*', 'шкаф*', 'кладов*'], fr: ['cle', 'cles', 'casier*', 'armoire*', 'placard*', 'reserve'] },
  { id: 'delivery', en: ['parcel*', 'package*', 'deliver*', 'courier*', 'shipping', 'shipment*', 'post room', 'mailroom', 'ship'], ru: ['посылк*', 'доставк*', 'достав*', 'курьер*', 'отправлени*', 'бандерол*'], fr: ['colis', 'livr*', 'coursier*', 'expedi*', 'envoi postal', 'courrier'] },
  { id: 'review', en: ['performance review*', 'appraisal*', 'evaluation*', 'one-to-one*', '1:1', 'annual review', 'feedback'], ru: ['аттестац*', 'оценк* эффективн*', 'ревью', 'перформанс*', 'обратн* связ*', 'фидбек*', 'ежегодн* оценк*'], fr: ['entretien annuel', 'entretiens annuels', 'evaluation*', 'entretien individuel', 'feedback', 'retour d experience'] },
  { id: 'insurance', en: ['insurance', 'insured', 'health plan', 'dental'], ru: ['страхов*', 'дмс', 'полис*'], fr: ['assurance*', 'mutuelle*', 'prevoyance'] },
  { id: 'check', en: ['check', 'checks', 'checked', 'checking', 'verify*', 'verif*', 'confirm*', 'validate', 'double-check'], ru: ['провер*', 'подтверд*', 'подтвержд*', 'свер*'], fr: ['verifi*', 'confirm*', 'controle*', 'controler'] },
  { id: 'view', en: ['see', 'view', 'show', 'look up', 'lookup', 'look at', 'find out', 'display*', 'seen'], ru: ['посмотр*', 'смотр*', 'увид*', 'узна*', 'наити', 'найти', 'глянуть', 'показ*'], fr: ['voir', 'vois', 'consult*', 'affich*', 'regard*', 'retrouv*'] },
  { id: 'status', en: ['status', 'progress', 'state of', 'where things stand', 'any news'], ru: ['статус*', 'состояни*', 'прогресс*', 'как там', 'новости по'], fr: ['statut*', 'avancement', 'etat d', 'ou en est', 'ou en sont', 'des nouvelles'] },
  { id: 'history', en: ['history', 'histories', 'archive*', 'previous', 'past', 'old', 'older', 'earlier', 'former', 'last year', 'last quarter', 'last month'], ru: ['истори*', 'архив*', 'стар*', 'прошл*', 'предыдущ*', 'ранее', 'раньше', 'былые'], fr: ['historique*', 'archive*', 'ancien', 'ancienne', 'anciens', 'anciennes', 'precedent*', 'passe*', 'dernier', 'derniere', 'l an dernier', 'annee derniere'] },
  { id: 'list', en: ['list', 'lists', 'catalog*', 'catalogue*', 'overview', 'inventory'], ru: ['список*', 'спис*', 'перечень', 'перечн*', 'каталог*', 'реестр*'], fr: ['liste*', 'catalogue*', 'inventaire*', 'recapitulatif*', 'recap*'] },
  { id: 'recommend', en: ['recommend*', 'suggest*', 'advice', 'advise*', 'best practice*', 'tips'], ru: ['рекоменд*', 'совет*', 'посовет*', 'лучш* практик*'], fr: ['recommand*', 'conseil*', 'preconis*', 'bonnes pratiques', 'astuce*'] },
  { id: 'mandatory', en: ['mandatory', 'required', 'require', 'requires', 'requirement*', 'compulsory', 'obligatory', 'have to', 'has to'], ru: ['обязательн*', 'обязан*', 'требуется', 'требовани*', 'требу*'], fr: ['obligatoire*', 'oblige*', 'impose*', 'exige*', 'requis'] },
  { id: 'health/firstaid', en: ['first aid', 'first-aid', 'first aider*', 'first-aider*', 'bandage*', 'plaster*', 'band-aid*', 'injur*', 'hurt', 'faint*', 'ambulance', 'defibrillator*', 'aed', 'medical kit'], ru: ['перв* помощ*', 'аптечк*', 'бинт*', 'пластыр*', 'травм*', 'поранил*', 'порезал*', 'обморок*', 'скор* помощ*', 'дефибриллятор*', 'стало плохо', 'станет плохо'], fr: ['premiers secours', 'premiers soins', 'secouris*', 'trousse de secours', 'pansement*', 'blessur*', 'blesse*', 'malaise*', 'evanoui*', 'samu', 'defibrillateur*'] },
  { id: 'safety/fire', en: ['fire', 'fire exit*', 'fire alarm*', 'fire drill*', 'evacuat*', 'emergency exit*', 'extinguisher*', 'assembly point'], ru: ['пожар*', 'эвакуац*', 'запасн* выход*', 'огнетушител*', 'пожарн* выход*', 'пожарн* тревог*'], fr: ['incendie*', 'evacuation*', 'sortie de secours', 'sorties de secours', 'extincteur*', 'point de rassemblement', 'alarme incendie'] },
  { id: 'language/translate', en: ['translat*', 'interpreter*', 'interpreting', 'locali*'], ru: ['перевод*', 'переводчик*', 'перевест*', 'переведет', 'переведут', 'локализ*'], fr: ['tradu*', 'interprete*', 'localis*'] },
  { id: 'language/language', en: ['language*', 'english', 'german', 'french', 'spanish', 'polish', 'italian', 'chinese', 'russian', 'dutch', 'portuguese', 'arabic', 'japanese'], ru: ['язык*', 'английск*', 'немецк*', 'французск*', 'испанск*', 'польск*', 'итальянск*', 'китаиск*', 'русск*', 'голландск*', 'португальск*', 'арабск*', 'японск*'], fr: ['langue*', 'anglais*', 'allemand*', 'francais*', 'espagnol*', 'polonais*', 'italien*', 'chinois*', 'russe*', 'neerlandais*', 'portugais*', 'arabe*', 'japonais*'] },
  { id: 'cleaning', en: ['cleaning', 'cleaner*', 'dirty', 'mess', 'messy', 'trash', 'rubbish', 'garbage', 'bin', 'bins', 'recycl*'], ru: ['уборк*', 'уборщиц*', 'клининг*', 'грязн*', 'мусор*', 'переработк* отход*'], fr: ['menage', 'nettoyage', 'sale', 'poubelle*', 'dechet*', 'recycl*'] },
  { id: 'comfort', en: ['air conditioning', 'aircon', 'air con', 'heating', 'too cold', 'too hot', 'temperature', 'radiator*', 'noise', 'noisy'], ru: ['кондиционер*', 'отоплен*', 'холодно', 'жарко', 'душно', 'температур*', 'батаре*', 'шум*'], fr: ['climatisation', 'clim', 'chauffage', 'froid', 'chaud', 'temperature*', 'radiateur*', 'bruit*', 'bruyant*'] },
  { id: 'reception', en: ['reception', 'front desk', 'receptionist*', 'lobby'], ru: ['ресепшен*', 'ресепшн*', 'рецепц*', 'стоик* администратор*', 'администратор на входе', 'охран*'], fr: ['accueil', 'hotesse*', 'standard', 'reception'] },
  { id: 'guest', en: ['visitor*', 'guest*', 'external visitor*'], ru: ['гост*', 'посетител*'], fr: ['visiteur*', 'invite', 'invites', 'invitee*'] },
  { id: 'return', focus: true, en: ['return', 'returns', 'returned', 'returning', 'give back', 'hand back', 'hand in', 'send back'], ru: ['вернуть', 'верну', 'вернем', 'возврат*', 'возвращ*', 'сдать', 'сдаю', 'сдам', 'отдать обратно'], fr: ['rendre', 'rends', 'rendu', 'restitu*', 'retour du', 'retourner', 'renvoyer'] },
  // Phrases that only sound like a concept's words: read as nothing.
  { id: '-', en: ['thank you', 'thanks a lot', 'have a nice day', 'have a good day', 'good morning', 'good afternoon'], ru: ['спасибо большое', 'хорошего дня', 'доброе утро', 'добрый день', 'добрыи день', 'добрыи вечер'], fr: ['d accord', 'en cours', 'ca marche', 'bonne journee', 'bonne soiree', 'bon week-end', 'bon week end', 'bonne fin de semaine', 'bonne fin de journee'] },
  { id: 'code/repo', en: ['repo', 'repos', 'repositor*', 'git', 'github', 'gitlab', 'bitbucket', 'source code', 'codebase', 'azure devops', 'ado'], ru: ['репо', 'репозитор*', 'репу', 'реп', 'гит*', 'исходник*', 'исходн* код*', 'кодовую базу', 'кодов* баз*'], fr: ['depot*', 'repo', 'repos', 'git', 'github', 'gitlab', 'code source', 'sources'] },
  { id: 'code/pipeline', en: ['pipeline*', 'build*', 'ci', 'cicd', 'ci/cd', 'deployment pipeline*'], ru: ['пайплаин*', 'сборк*', 'билд*', 'ci', 'конвеиер*'], fr: ['pipeline*', 'build*', 'chaine ci', 'integration continue'] },
  { id: 'recover/lost', en: ['lost', 'lose', 'losing', 'stolen', 'misplaced', 'broke my', 'dropped my'], ru: ['потерял*', 'потеря*', 'утерян*', 'украл*', 'украден*', 'посеял*', 'разбил*'], fr: ['perdu*', 'perte*', 'egare*', 'vole', 'volee', 'casse mon', 'cassé mon'] },
  { id: 'partnercenter', en: ['partner center', 'partner centre', 'partner portal'], ru: ['partner center', 'партнер* центр*', 'партнерск* центр*', 'партнер-центр*', 'партнерск* портал*'], fr: ['partner center', 'centre partenaire*', 'espace partenaire*', 'portail partenaire*'] },
  { id: 'docs/spreadsheet', en: ['spreadsheet*', 'excel', 'xlsx', 'csv', 'google sheet*'], ru: ['таблиц*', 'эксел*', 'ексел*', 'excel', 'xlsx', 'csv'], fr: ['tableur*', 'excel', 'feuille de calcul', 'feuilles de calcul', 'fichier excel', 'xlsx', 'csv'] },
  { id: 'link', en: ['link', 'links', 'url', 'urls', 'bookmark*', 'shortcut*', 'web address'], ru: ['ссылк*', 'ссылок', 'закладк*', 'url', 'урл*', 'адрес сайта'], fr: ['lien', 'liens', 'url', 'favori*', 'raccourci*', 'adresse du site'] },
  { id: 'logs', en: ['logs', 'log file*', 'logfile*', 'trace*', 'dump*', 'diagnostic*'], ru: ['лог', 'логи', 'логов', 'логами', 'логах', 'трасс*', 'дамп*', 'диагностик*'], fr: ['logs', 'journal', 'journaux', 'trace*', 'dump*', 'diagnostic*'] },
  { id: 'retention', focus: true, en: ['retention', 'retain*', 'keep for', 'stored for', 'how long do we keep', 'expiry of data'], ru: ['хранит*', 'хранят*', 'хранен*', 'храним*', 'сколько храня*'], fr: ['conserv*', 'retention', 'duree de conservation'] },
  { id: 'supplies', en: ['supplies', 'stationery', 'office supplies', 'pens', 'notebooks paper'], ru: ['канцеляр*', 'канцтовар*', 'расходник*', 'расходн* материал*'], fr: ['fournitures', 'papeterie', 'consommables'] },
  { id: 'send', en: ['send', 'sends', 'sent', 'sending', 'forward*', 'fwd'], ru: ['присла*', 'пришл*', 'пересла*', 'пересыла*', 'перешл*', 'отправ*', 'отсыла*'], fr: ['envoy*', 'envoi', 'renvoy*', 'transmet*', 'transmis*', 'faire suivre'] },
  { id: 'project', en: ['project*'], ru: ['проект*'], fr: ['projet*'] },
  // --- company
  { id: 'company', en: ['company', 'companys', 'firm', 'employer', 'organisation*', 'organization*', 'org', 'orgs', 'corporate', 'business'], ru: ['компани*', 'фирм*', 'организац*', 'работодател*', 'корпоративн*', 'служебн*', 'рабоч*'], fr: ['entreprise*', 'societe*', 'organisation*', 'orga', 'employeur*', 'professionnel*', 'pro', 'boite'] },
  { id: 'event', en: ['party', 'parties', 'celebration*', 'event*', 'offsite*', 'team building', 'teambuilding'], ru: ['корпоратив*', 'праздник*', 'мероприят*', 'тимбилдинг*', 'вечеринк*'], fr: ['fete*', 'soiree*', 'evenement*', 'seminaire*', 'team building', 'pot'] },
  { id: 'food', en: ['kitchen*', 'lunch*', 'food', 'canteen*', 'cafeteria*', 'coffee', 'snack*', 'meal*'], ru: ['кухн*', 'обед*', 'еда', 'еду', 'столов*', 'кофе', 'перекус*'], fr: ['cuisine*', 'dejeuner*', 'repas', 'cantine*', 'cafe', 'cafeteria*', 'ticket resto*', 'tickets resto*'] },
];

interface EntryWord {
  /** The written word, normalized; for a prefix, without its '*'. */
  text: string;
  prefix: boolean;
  /** The stem of a whole word (empty for a prefix). */
  stem: string;
}

interface Phrase {
  words: readonly EntryWord[];
  id: string;
}

/** A language's concepts as the reader looks them up. */
interface ConceptIndex {
  byWord: Map<string, string>;
  byStem: Map<string, string>;
  byPrefix: Map<string, string>;
  longestPrefix: number;
  /** Phrases by the first two letters of their first word, longest first. */
  phrases: Map<string, Phrase[]>;
}

const indexes = new Map<Locale, ConceptIndex>();

/** How many stop words of a text may stand between the words of a phrase. */
const PHRASE_GAP = 2;

function conceptIndex(locale: Locale, stem: (word: string) => string): ConceptIndex {
  let index = indexes.get(locale);
  if (index) return index;
  index = { byWord: new Map(), byStem: new Map(), byPrefix: new Map(), longestPrefix: 0, phrases: new Map() };
  for (const concept of CONCEPTS) {
    for (const entry of concept[locale]) {
      const written = normalizeText(entry).split(/[\s\-']+/).filter((w) => w.length > 0);
      const words: EntryWord[] = written.map((w) => {
        const prefix = w.endsWith('*');
        const text = w.replace(/[^a-z0-9\u0430-\u044f]/g, '');
        return { text, prefix, stem: prefix ? '' : stem(text) };
      });
      if (words.length === 0 || words.some((w) => w.text.length === 0)) continue;
      if (words.length > 1) {
        const key = words[0].text.slice(0, 2);
        const list = index.phrases.get(key) ?? [];
        list.push({ words, id: concept.id });
        index.phrases.set(key, list);
      } else if (words[0].prefix) {
        if (!index.byPrefix.has(words[0].text)) index.byPrefix.set(words[0].text, concept.id);
        index.longestPrefix = Math.max(index.longestPrefix, words[0].text.length);
      } else {
        if (!index.byWord.has(words[0].text)) index.byWord.set(words[0].text, concept.id);
        if (!index.byStem.has(words[0].stem)) index.byStem.set(words[0].stem, concept.id);
      }
    }
  }
  for (const list of index.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  indexes.set(locale, index);
  return index;
}

/** The concept of a single word: by its written form, its stem, its longest prefix; undefined if none. */
function lookUp(index: ConceptIndex, word: string, stem: string): string | undefined {
  let id = index.byWord.get(word) ?? (/^\d+$/.test(word) ? undefined : index.byStem.get(stem));
  for (let len = Math.min(word.length, index.longestPrefix); id === undefined && len >= 2; len -= 1) id = index.byPrefix.get(word.slice(0, len));
  return id;
}

/** The ids of the concepts whose words say what a question asks about a thing (see Concept.focus). */
export const FOCUS_CONCEPTS: ReadonlySet<string> = new Set(CONCEPTS.filter((c) => c.focus).map((c) => c.id));

/** What the reader makes of a text's words (stop words and phrases read as nothing are left out). */
export interface ConceptReading {
  /** In order: a concept a word or phrase is read as, or the index of a word no concept has. */
  items: Array<{ concept: string } | { word: number }>;
}

/**
 * Reads `words` (normalized, tokenized) in `locale`: phrases first (the longest at each word), then single words
 * by their written form, their stem, their longest prefix. `skip(word)` says which words are not read alone (stop
 * words); they may stand between the words of a phrase.
 */
export function readConcepts(
  words: readonly string[],
  locale: Locale,
  stem: (word: string) => string,
  skip: (word: string) => boolean,
): ConceptReading {
  const index = conceptIndex(locale, stem);
  let englishStem: ((word: string) => string) | undefined;
  const stems: (string | undefined)[] = [];
  const stemAt = (i: number) => (stems[i] ??= stem(words[i]));
  const matches = (w: EntryWord, i: number) => (w.prefix ? words[i].startsWith(w.text) : words[i] === w.text || stemAt(i) === w.stem);
  // Where a phrase read from word i ends, 0 if it is not there; a stop word of the text may stand between two of
  // its words ("fill in my hours" for "fill hours"), at most PHRASE_GAP in all.
  const phraseEnd = (phrase: Phrase, i: number): number => {
    if (!matches(phrase.words[0], i)) return 0;
    let j = i + 1;
    let gap = 0;
    for (let k = 1; k < phrase.words.length; k += 1) {
      while (j < words.length && !matches(phrase.words[k], j) && skip(words[j]) && gap < PHRASE_GAP) {
        j += 1;
        gap += 1;
      }
      if (j >= words.length || !matches(phrase.words[k], j)) return 0;
      j += 1;
    }
    return j;
  };
  const items: ConceptReading['items'] = [];
  let i = 0;
  outer: while (i < words.length) {
    const candidates = index.phrases.get(words[i].slice(0, 2));
    if (candidates) {
      for (const phrase of candidates) {
        const end = phraseEnd(phrase, i);
        if (end > 0) {
          if (phrase.id !== '-') items.push({ concept: phrase.id });
          i = end;
          continue outer;
        }
      }
    }
    const word = words[i];
    if (!skip(word)) {
      let id = lookUp(index, word, stemAt(i));
      // An English word in a Russian message ("escalation", "on-call") is read as English.
      if (id === undefined && locale === 'ru' && /^[a-z]+$/.test(word)) {
        englishStem ??= stemmerOf('en');
        id = lookUp(conceptIndex('en', englishStem), word, englishStem(word));
      }
      if (id === undefined) items.push({ word: i });
      else if (id !== '-') items.push({ concept: id });
    }
    i += 1;
  }
  return { items };
}
