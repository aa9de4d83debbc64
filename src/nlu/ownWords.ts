import type { OwnWordsRequest, TicketAction } from '../domain/ownWords';
import type { Role } from '../domain/roles';
import type { QueueFilter } from '../domain/tickets';
import type { CloudCompetency, SupportType, Tier } from '../domain/types';
import { inNormalForm, normalizeText, prepareText, tokenize } from './text';
import { readSlots } from './slots';
import { stopwordsOf } from './nlpjs';

/**
 * The bot's actions asked in people's own words, in en / ru / fr: a lexicon by meaning (what is acted on: a
 * ticket, a Microsoft case, the report, the queue, this channel, the admins; what is done to it: take, give,
 * answer, resolve, reopen, close, record, remove, show) and the details a request carries (numbers, support
 * type, date, IDs, a person). Read on normalized words (no accents, й → и, ё → е), so inflections and typing
 * habits ("возьму заявку 1 на себя", "tu peux me sortir le rapport en csv ?") meet the same patterns.
 * Undefined when the message asks none of these: questions about the article stay with the answers.
 */

/** A pattern over ` word word ` (spaced normalized words): `\b` are the spaces. */
function words(re: RegExp): RegExp {
  return new RegExp(inNormalForm(re).source.replace(/\\b/g, ' '));
}

const TICKET = words(/\b(tickets?|tikets?|tikcets?|tickest|заявк[а-я]*|тикет[а-я]*|demandes?|requetes?)\b/);
/** "has support answered me?", "мне уже ответили из поддержки?", "le support m'a répondu ?" */
/** How things stand, asked: "anything back", "any progress", "ça avance ?", "что там по", "кто-нибудь ответил?". */
const STATUS_ASKED = words(/\b(anything back|any word|any news|news|any progress|progress|status|where are we|where do we stand|how is it going|hows it going|moving|heard anything|has anyone|did anyone|has anybody|did anybody|anybody (answered|replied|looked|got back)|anyone (answered|replied|looked|got back)|ca avance|ca en est|ou en est|ou ca en est|du nouveau|quelqu un a (repondu|regarde)|что там|как там|что с|есть (ли )?(движение|новости)|кто нибудь (ответил|посмотрел|взял)|ответил кто нибудь|двигается|продвигается)\b/);
/** Requests the person sent, referred to in their own words: "the stuff I raised", "mes demandes", "моему обращению". */
const MY_REQUESTS = words(/\b((stuff|things?|ones?|tickets?|requests?|questions?|issues?|what) i (raised|sent|opened|asked|filed|reported|submitted|logged)|ce que j ai (envoye|demande|signale|pose)|то что я (отправлял[а-я]*|отправил[а-я]*|спрашивал[а-я]*|писал[а-я]*)|i (raised|sent in|opened|filed|reported|submitted|logged)|my (tickets?|requests?|questions?|issues?)|j ai (lance|envoye|ouvert|pose|demande|signale|soumis)|mes (demandes|tickets|questions|trucs)|ma (demande|question)|mon ticket|мо(ей|ю|ему|им|и|его) (заявк[а-я]*|обращени[а-я]*|вопрос[а-я]*|тикет[а-я]*)|я (отправлял[а-я]*|отправил[а-я]*|спрашивал[а-я]*|создавал[а-я]*|создал[а-я]*|писал[а-я]*))\b/);
/** Something of mine sent to the helpdesk, with what it is about between: "my Exchange question", "mon problème Intune". */
const MY_THING = words(/\b(my( [a-z0-9]+){0,2} (question|ticket|request|issue|problem|case)|mon( [a-z0-9]+){0,2} (probleme|ticket|souci|dossier)|ma( [a-z0-9]+){0,2} (demande|question)|мо(ей|ю|ему|им|я|й) (заявк[а-я]*|обращени[а-я]*|вопрос[а-я]*|тикет[а-я]*|проблем[а-я]*))\b/);
/** Being worked on, asked: "is somebody looking at", "quelqu'un s'occupe de", "кто-нибудь взял", "решили?". */
const BEING_HANDLED = words(/\b(looking at|working on|handling|dealing with|on it|picked up|pick up|picking up|s occupe|regarde|traite|pris en charge|решили|решена|взял[а-я]*|занимается|смотрит|ответили)\b/);
const NEWS_FOR_ME = words(/\b(get back to me|got back to me|gotten back to me|answered me|replied to me|any news|any update|heard back|мне ответили|ответили мне|есть новости|какие новости|m a repondu|m ont repondu|des nouvelles)\b/);
/** What the person sent the helpdesk, without the ticket word: "the stuff I raised", "что я отправлял", "ce que j'ai signalé". */
const RAISED_BY_ME = words(/\b(i raised|i reported|i sent in|i sent|i asked about|i filed|i logged|i opened|i submitted|я (отправлял[а-я]*|отправил[а-я]*|создавал[а-я]*|создал[а-я]*|оставлял[а-я]*|оставил[а-я]*|спрашивал[а-я]*)|j ai (envoye|signale|ouvert|pose|soumis|demande))\b/);
const SUPPORT_SIDE = words(/\b(support|helpdesk|help desk|it|folks|team|поддержк[а-я]*|хелпдеск[а-я]*|support interne|assistance)\b/);
/** "my ticket", "мои заявки", "ma demande": the possessive with the ticket word ("with my Action Pack" is not). */
const MY = inNormalForm(/ (my|мо[яюеи][а-я]*|мо[ий]|mes|ma|mon) ([a-zа-я]+ )?(tickets?|заявк[а-я]*|тикет[а-я]*|demandes?|requetes?|request|requests) /);
/** A ticket named by what it is about, without the word: "the Exchange one", "celui sur Azure", "та, что про SQL". */
const ONE_ABOUT = words(/\b(the [a-z0-9]+ one|the [a-z0-9]+ [a-z0-9]+ one|celui (sur|de|avec|pour|concernant|a propos)|celle (sur|de|avec|pour|concernant|a propos)|(ту|та|тот|того), (что|который|которая) (про|по)|(ту|та|тот) (что )?(про|по)|(ту|та|тот) (что|которую|который|которая) (прислал|прислала|прислали|создал|создала|завел|завела|написал|написала|открыл|открыла|отправил|отправила)|the one (from|by|sent by|opened by|raised by|that [a-z]+ (sent|opened|raised|filed))|celui (envoye|ouvert|cree) par|celle (envoyee|ouverte|creee) par)\b/);
const THAT_TICKET = words(/\b(this|that|the same) (ticket|request)|(эту|ту|этот|тот|эта|та) (заявк[а-я]*|тикет[а-я]*)|(ce|cette) (ticket|demande)\b/);
const POSSESSIVE_TICKET = words(/\b(his|her|their|его|ее|её|их|son|sa|leur) (ticket|request|question|issue|заявк[а-я]*|тикет[а-я]*|обращени[а-я]*|вопрос[а-я]*|demande|question)\b/);
const PRONOUN = words(/\b(it|this|that|this one|that one|ее|её|эту|этот|его|неё|нее|ней|la|le|celle ci|celui ci|ca|cela)\b/);
const CASE = words(/\b(case|cases|кейс[а-я]*|кеис[а-я]*|обращени[а-я]*|cas|dossiers?|sr|service request|support request)\b/);
/** The incident ledger named: a case there is a Microsoft case even when the message says no "case". */
const LEDGER = words(/\b(ledger|incident count|incidents count|our count|the count|tally|учет[а-я]*|журнал[а-я]*|счетчик[а-я]*|registre|decompte|compteur)\b/);
const MICROSOFT = words(/\b(microsoft|майкрософт[а-я]*|msft|ms|mpn)\b/);

// ("как там мой вопрос?", "where are we with…" ask how things stand, not how to do something.)
const HOW_TO = words(/^ (how(?! is it going| s it going| are things)|where(?! are we| do we stand| are things)|what s the way|как(?! там| дела| успехи| продвигается)|где|каким образом|comment|ou(?! en est| ca en est)) /);

const RECORD = words(/\b(record|log|logs|logging|logge[rz]?|занеси[а-я]*|занести|note|register|track|add|save|enter|put down|jot|we opened|we ve opened|we have opened|i opened|i ve opened|opened|raised|filed|submitted|запиши[а-я]*|записать|зафиксиру[а-я]*|внеси[а-я]*|внести|отметь[а-я]*|отметить|добавь[а-я]*|добавить|учти[а-я]*|открыли|открыл[аи]?|завели|завел[аи]?|создали|подали|enregistr[a-z]*|note[rz]?|notes|ajoute[rz]?|ajoutes|rajoute[rz]?|rajoutes|consigne[rz]?|inscris|inscrire|inscrivez|ouvert|ouverte|ouvre|avons ouvert|a ouvert|cree|saisis|saisir|saisissez)\b/);
/** French past forms read like imperatives once accents go ("on l'avait ajouté" = "ajoute"): a story, not a request. */
function withoutPast(form: string): string {
  return form.replace(/ (a|ai|as|avons|avez|ont|avait|avais|avions|aviez|avaient|l a|l avait|l avons|l avions|est|sont)( deja| bien)? (ajoute|ajoutee|note|notee|enregistre|enregistree|consigne|saisi|inscrit)(?= )/g, ' ');
}
const RECORD_REQUEST = words(/\b(record|log|logge[rz]?|занеси[а-я]*|занести|note|register|track|add|save|put down|jot|запиши[а-я]*|внеси[а-я]*|зафиксиру[а-я]*|отметь[а-я]*|добавь[а-я]*|учти[а-я]*|enregistre[rz]?|note[rz]?|ajoute[rz]?|consigne[rz]?|inscris|saisis)\b/);
const REMOVE = words(/\b(remove|delete|undo|drop|erase|vire[rz]?|take (it |this |that |this one )?out|take (it |this |that |this one )?off|strike (it )?(off|out)|wipe|удали[а-я]*|удалить|убери[а-я]*|убрать|сотри|стереть|выкин[а-я]*|выброс[а-я]*|вычеркн[а-я]*|supprim[a-z]*|retir[a-z]*|effac[a-z]*|enlev[a-z]*)\b/);

const TAKE = words(/\b(take|taking|put me on|assign me|(i ll |i will |let me |i m going to )?(start|begin) with|начну с|начинаю с|je commence par|je vais commencer par|grab|grabbing|pick up|picking up|claim|deal with|i ll deal|i got it|i ve got it|(it s |that s |this one s )?mine|моя|мои|мое|с меня|c est pour moi|i ll handle|i will handle|i got|i ve got|i m on|assign (it |this |that |ticket [0-9]+ |[0-9]+ )?to me|assign me|to myself|возьму|взять|беру|забираю|заберу|возьми[а-я]*|на меня|на себя|je prends|je la prends|je le prends|prendre|je m en occupe|je m en charge|je m occupe (de|du|des)|je gere|займусь|беру на себя|(assigne|attribue|donne)[sz]? (le |la |les )?moi|m attribuer|me l assigner|pour moi)\b/);
const ASSIGN = words(/\b(assign|give|pass|hand|route|delegate|forward|put|move|goes to|go to|passe (le |la |les |l )?([0-9]+|ticket|tickets|demande|demandes|premier|premiere|deuxieme|second|seconde|troisieme)|назнач[а-я]*|передай[а-я]*|передать|отдай[а-я]*|отдать|поручи[а-я]*|assigne[rz]?|assignes|file (le |la |les |l )?([0-9]+|ticket|demande|premier|premiere|deuxieme|second|troisieme)|refile[rz]?|attribue[rz]?|attribues|donne[rz]?|donnes|confie[rz]?|confies|transfere[rz]?|transferes)\b/);
const REPLY = words(/\b(reply|answer|respond|write back|tell (them|him|her|the requester|the user)|ask (them|him|her|the requester)|ping (them|him|her)|ответь[а-я]*|ответить|напиши[а-я]*|написать|спроси[а-я]*|уточни[а-я]*|узнай[а-я]*|передай (ему|ей|им)|reponds|repondre|repondez|reponds lui|ecris|ecrire|ecrivez|dis lui|dites lui|demande lui|demandez lui|demande leur|relance[rsz]?|relancez|relance les|relance le)\b/);
const RESOLVE = words(/\b(resolve|resolved|resolving|solved|fixed|sorted|разобрал[а-я]*|разобрались|c est bon pour|c est regle|mark (it |this |that |this one |that one |ticket |request |number )?([0-9]+ )?(as )?(resolved|done|solved|fixed|sorted)|[0-9]+ is (now )?(resolved|done|solved|fixed|sorted)|(it s|that s) (solved|fixed|done|sorted)|done with (it|this|that|this one)|решен[а-я]*|реши[а-я]*|решить|решено|resolu|resolue|resolus|resolues|resoudre|resous|resout|regle|reglee|regles)\b/);
const REOPEN = words(/\b(reopen|re open|(open|reopen)( [a-z]+){0,3} back up|open (it |this |that )?again|open (it |this |that )?back up|back in progress|back in play|put (it |this |that )?back (in|into) (play|progress|the queue)|верни[а-я]* (ее |его |е )?в работу|вернуть в работу|remets?[a-z]* (le |la )?en cours|переоткр[а-я]*|(open|открой[а-я]*|открыть|откро[а-я]*|ouvr[a-z]*)( [a-zа-я]+){0,3} (again|снова|заново|повторно|a nouveau|de nouveau)|(снова|заново|повторно) (открой[а-я]*|открыть|откро[а-я]*)|rouvr[a-z]*|reouvr[a-z]*|re ouvr[a-z]*)\b/);
const CLOSE = words(/\b(close|closed|closing|закрой[а-я]*|закрыть|закрыва[а-я]*|закроем|ferm[a-z]*|clotur[a-z]*|clos)\b/);
const SHOW = words(/\b(show|open up|see|view|look|details?|display|pull up|status|remind me|rappelle moi|rappelez moi|rappelle|what s|what is|whats|where s|any news|news|update|updates|happened|покажи[а-я]*|показать|открой[а-я]*|что с|как там|где|статус|что нового|новости|montre[a-z]*|affiche[a-z]*|voir|ou en est|statut|quoi de neuf|des nouvelles|nouvelles)\b/);

const QUEUE_WORD = words(/\b(queue|backlog|open tickets|tickets|заявки|заявок|тикеты|тикетов|очеред[а-я]*|file d attente|tickets ouverts|demandes en cours|les tickets|les demandes)\b/);
const UNASSIGNED = words(/\b(unassigned|not assigned|(with )?(nobody|no one|noone) on (it|them)|unowned|nobody s looking at|ни на ком|никем не взят[а-я]*|никто не занимается|personne dessus|sans personne|(nobody|no one|noone)( has| s)?( yet)? (taken|picked|claimed|grabbed)|not (yet )?(taken|picked up|claimed)|no one s|nobody s|no owner|untaken|not taken|without (an )?(owner|assignee)|без исполнител[а-я]*|неназначенн[а-я]*|не назначен[а-я]*|никто не взял|ничьи|свободн[а-я]*|non assign[a-z]*|pas assign[a-z]*|personne n a (encore |jamais )?pris|sans responsable|pas de responsable|sans proprietaire|без ответственн[а-я]*|нет ответственн[а-я]*|no one responsible|nobody responsible|no assignee|libres?|(n est|ne sont) pas (encore )?pris|pas encore pris|pris par personne)\b/);
/** Tickets the person took: "the ones I already took", "какие я забрал себе", "ceux que j'ai pris". */
const TAKEN_BY_ME = words(/\b(i (ve |have )?(already )?(taken|took|picked up|grabbed|claimed)|я (уже )?(забрал|взял|беру)[а-я]*|забрал[а-я]* себе|взял[а-я]* (на )?себя|j ai (deja )?pris|que j ai pris)\b/);
const MINE = words(/\b(assigned to me|on me|on my plate|mine|i have|i own|i m working on|i (ve |have )?(already )?(taken|took|picked up|grabbed|claimed)|я (уже )?(забрал|взял|беру)[а-я]*|забрал[а-я]* себе|взял[а-я]* (на )?себя|j ai (deja )?pris|que j ai pris|мои|на мне|мне назначен[а-я]*|назначенные на меня|у меня (сейчас )?в работе|в работе у меня|a moi|les miens|qui me sont|m ont ete|j ai en cours|mes tickets en cours)\b/);
/** A list of one's own work asked without naming tickets ("какие заявки у меня в работе", "what's on my plate"). */
const MY_WORK = words(/\b(on my plate|i m working on|assigned to me|on me right now|у меня (сейчас )?в работе|в работе у меня|(что|какие|какие заявки) (сейчас )?на мне|сейчас на мне|j ai en cours|(ce qui|ceux qui) (est|sont) sur moi)\b/);
/** Waiting for the requester, said without naming the queue. */
const WAITING_ON_REQUESTER = words(/\b(waiting (on|for) (the |a )?(requester|user|reply|answer|author|response)|(we re|we are) waiting|who (are we|am i|is the helpdesk) waiting (on|for)|(on|nous) attend(ons)? (le |la |un |une )?(retour|reponse) de qui|attend(ons)? qui|ждем (ответа|автора|пользовател[а-я]*)|ждут ответа|ожидают ответа|(on|nous) attend(ons)? (un |une )?(retour|reponse)|attend(ent)? (un |une )?(retour|reponse) (de l utilisateur|du demandeur|de l auteur)|ждут ответа автора|ждут автора|en attente d une reponse du demandeur|attente du demandeur|en attente du demandeur|жд[её]т ответа (от )?(заявител[а-я]*|автор[а-я]*|пользовател[а-я]*)|ожида[а-я]* ответа (от )?(заявител[а-я]*|автор[а-я]*|пользовател[а-я]*)|waiting (on|for) (people|users|requesters|them))\b/);
const WAITING = words(/\b(waiting|pending|awaiting|on hold|ожида[а-я]*|ждут|в ожидании|en attente|attend|attendent|attendant|attente)\b/);
/** The queue asked as "what is still open": "what's still open?", "что у нас ещё открыто?", "qu'est-ce qui reste ouvert ?". */
const STILL_OPEN = words(/( (what s|whats|what is|anything|is anything|what else is) (still )?open( now| today| right now| in the queue| on the board| for us)?(?= $)|\bwhat s (still )?left in the queue|что (у нас )?(еще |ещё )?(открыто|висит|не закрыто)|какие (заявки )?(еще |ещё )?(открыты|висят)|qu est ce qui (est|reste) (encore )?ouvert|ce qui (est|reste) (encore )?ouvert|qu est ce qui est en cours)\b/);
/** Work handed over: "I'm taking over from Dana, what did she leave?", "замещаю Дану, что у неё висит?", "je reprends les dossiers de Dana". */
const HANDOVER = words(/( (taking over|take over|took over|covering|cover) (from|for) | handover from | handing over | what (did|does|has) (he|she|they|[a-z]+) (leave|left|have|got) | what is (he|she|[a-z]+) (still )?working on | (принимаю|принял|приняла) (дела|заявки|работу) (у|от) | (подменяю|замещаю|заменяю) | что (осталось|висит|было|есть) (у|после|от) | je (reprends|remplace) | (qu est ce que|ce que) [a-z]+ (avait|a laisse|laisse) | (reprendre|reprise) (les dossiers|le travail|la suite) (de|d) )/);
/** Asked what work there is: "what did she leave", "что висит", "il reste quoi", "what is he working on". */
const WORK_LEFT = words(/( what (did|does|has) (he|she|they|[a-z]+) (leave|left|have|got) | what is (he|she|[a-z]+) (still )?working on | (what|anything) ([a-z]+ ){0,3}(left|open|pending|unfinished|in progress|waiting) | (что|какие) ([а-я]+ ){0,3}(висит|висят|осталось|остались|открыто|открыты|в работе) | (il )?reste (t il )?quoi | qu est ce qui reste | (avait|a|laisse) en cours | en cours )/);
const IDS_NAMED = words(/( access id| contract id| ids? | identifiants?| идентификатор[а-я]*| айди)/);
const OLD = words(/\b(old|older|stale|oldest|more than a day|over a day|24 hours|24h|стар[а-я]*|давно|висят|больше суток|более суток|ancien[a-z]*|plus d un jour|depuis plus d un jour|en retard)\b/);

const REPORT = words(/\b(report|stats|statistics|metrics|отчет[а-я]*|статистик[а-я]*|сводк[а-я]*|rapport|statistiques|bilan|(helpdesk|support|ticket|tickets) (numbers|figures)|(numbers|figures) (of|for|from) the (helpdesk|support)|цифры (по )?(поддержк[а-я]*|хелпдеск[а-я]*|заявк[а-я]*)|chiffres (du|de la|des) (support|helpdesk|tickets|assistance))\b/);
/** Asking to be given something: "send me", "can I get", "покажи", "скинь", "tu peux me sortir". */
const ASK_FOR = words(/\b(show|give|send|get|pull|export|make|generate|share|see|view|need|besoin|надо|нужны|can i (get|see|have)|i need|i d like|want|сделай[а-я]*|покажи[а-я]*|пришли[а-я]*|скинь[а-я]*|скинуть|выгрузи[а-я]*|дай[а-я]*|нужен|нужна|хочу|сформируй|montre[rz]?|envoie[rz]?|sors|sortir|donne[rz]?|genere[rz]?|exporte[rz]?|voir|il me faut|je voudrais|peux tu|pouvez vous)\b/);
const PERIOD = words(/\b((this|last|per|a|the|past) (week|month)|weekly|monthly|за (неделю|месяц|последн[а-я]* (неделю|месяц))|на этой неделе|в этом месяце|(cette|la|par) semaine|ce mois|du mois|de la semaine|hebdo[a-z]*|mensuel[a-z]*)\b/);
const TICKETS_COUNTED = words(/\b(how many (tickets|requests)|сколько (заявок|тикетов|обращений)|combien de (tickets|demandes))\b/);
const HELPDESK_NAMED = words(/\b(help ?desk|хелпдеск[а-я]*|support interne|le support)\b/);
const NOT_THE_REPORT = words(/\breport (a|an|this|the|that) (problem|issue|bug|error|incident)\b|\bto report\b/);
const CSV = words(/\b(csv|excel|spreadsheet|export|exported|download|file|таблиц[а-я]*|выгруз[а-я]*|файл[а-я]*|эксел[а-я]*|tableur|fichier|export[a-z]*|telecharg[a-z]*)\b/);

const CHANNEL = words(/\b(this channel|here|этот канал|этом канале|сюда|здесь|в этот канал|ce canal|ici|dans ce canal)\b/);
/** Moving the queue somewhere: "move the helpdesk queue here", "переносим очередь сюда", "on déplace la file ici". */
const MOVES_HERE = words(/\b(move|moving|moved|перенос[а-я]*|перенес[а-я]*|перенести|перенеси|переезжа[а-я]*|deplace[rz]?|deplacons|demenage[rz]?|demenageons|transfere[rz]?)\b/);
const QUEUE_TARGET = words(/\b(helpdesk|help desk|tickets?|queue|заявки|тикеты|хелпдеск[а-я]*|очеред[а-я]*|support|поддержк[а-я]*)\b/);
const MAKE_QUEUE = words(/\b(make|set|use|turn|put|move|moving|moved|перенос[а-я]*|перенес[а-я]*|перенести|перенеси|переезжа[а-я]*|deplace[rz]?|deplacons|demenage[rz]?|demenageons|transfere[rz]?|show up|shows up|appear|appears|pop up|turn up|tomb[a-z]*|apparai[a-z]*|s affich[a-z]*|появлял[а-я]*|появляются|let s (put|make|use|have)|should land|land|давай[а-я]*|будут (падать|приходить|попадать)|попадал[а-я]*|mettons|mettre|mets|met|on met|post|posted|get posted|be where|send|go|arrive|come|receive|route|приходил[а-я]*|приходят|приходить|падал[а-я]*|падают|сделай[а-я]*|сделать|пусть|назнач[а-я]*|utilis[a-z]*|fai[st]|faire|recevoir|arriv[a-z]*|atterri[a-z]*|devien[a-z]*|defini[a-z]*|envoy[a-z]*)\b/);

const ADMINS = words(/\b(admins?|administrators?|global admin[a-z]*|админ[а-я]*|администратор[а-я]*|administrateur[a-z]*)\b/);
const WHO = words(/\b(who|who s|whos|list|show|кто|список|покажи|qui|c est qui|liste)\b/);
/** "who are our admins", "кто у нас админы", "c'est qui les admins", "list the admins": about the people, by name. */
const WHO_ARE_ADMINS = inNormalForm(
  / (who|whos|who s|who is|who are|кто|qui|c est qui) ([a-zа-я]+ ){0,5}(admins?|administrators?|админ[а-я]*|администратор[а-я]*|administrateurs?) | к кому (идти|обращаться|идут|пойти|бежать) ([a-zа-я]+ ){0,2}(с |за )?(прав[а-я]*|рол[а-я]*|доступ[а-я]*) | (who|whos|who s|кто|qui) ([a-zа-я]+ ){0,3}(in charge of|responsible for|runs|manages|owns|главн[а-я]* (по|в|за)|отвечает за|заведует|рулит|управляет|gere|s occupe (de|du)|responsable (de|du)) ([a-zа-я]+ ){0,3}(partner center|partner portal|partner account|партнерк[а-я]*|партнерск[а-я]*|центр[а-я]* партнер[а-я]*|кабинет[а-я]* партнер[а-я]*|espace partenaires?|portail partenaires?|compte partenaire|mpn) | (admins?|administrators?|админ[а-я]*|администратор[а-я]*|administrateurs?) ([a-zа-я]+ ){0,2}(c est qui|кто|who) | (list|show|names? of|покажи|список|liste|noms? des) ([a-zа-я]+ ){0,2}(admins?|administrators?|админ[а-я]*|администратор[а-я]*|administrateurs?) /,
);
/** "who is on the helpdesk now?", "кто сейчас в хелпдеске?", "qui fait partie du support interne ?": the people with roles. */
const WHO_ON_HELPDESK = inNormalForm(
  / (who|whos|who s|who is|who are|who else is|who works|кто|qui|c est qui) ([a-zа-я]+ ){0,4}(helpdesk|help desk|service desk|servicedesk|хелпдеск[а-я]*|support interne|equipe support|equipe de support|команд[а-я]* поддержки) /,
);
const ABOUT_A_TICKET = words(/\b(ticket|tickets|my question|заявк[а-я]*|тикет[а-я]*|мо[йеюя] вопрос[а-я]*|demande|demandes|ma question)\b/);
const ASK = words(/\b(ask|tell|ping|remind|notify|nudge|message|попроси[а-я]*|попросить|напомни[а-я]*|сообщи[а-я]*|уведоми[а-я]*|напиши[а-я]*|demand[a-z]*|previen[a-z]*|relanc[a-z]*|notifi[a-z]*)\b/);
const ACTIVATE = words(/\b(activat[a-z]*|enable|turn on|активир[а-я]*|активаци[а-я]*|включи[а-я]*|activ[a-z]*)\b/);

const PROFILE = words(/\b(profile|partner profile|membership|partnership|our tier|what you ve got for us|профил[а-я]*|членств[а-я]*|партнерств[а-я]*|уровень партнерства|profil|adhesion|partenariat|niveau de partenariat)\b/);
/** A price asked ("what does the Gold membership cost?", "set us back, price-wise"): a question, not the profile. */
const ASKS_A_PRICE = / (cost|costs|price|prices|pricing|how much|fee|fees|frais|взнос|плата|обойдется|стоит|стоить|стоимость|цена|цену|почем|coute|coutent|cout|prix|tarif|tarifs) /;

/** Not knowing or not being sure: "if I understood correctly", "no idea what our membership is", "je ne sais pas". */
const UNSURE = words(/\b(if i understood|if i understand|i m not sure|not sure|no idea|i don t know|i have no idea|i think|i believe|понятия не имею|не знаю|не уверен[а-я]*|кажется|вроде|je ne sais pas|aucune idee|je crois|il me semble|si j ai bien compris|pas sur)\b/);
/** A change of membership told as news ("we got bumped to Gold", "мы теперь Silver", "on est repassés en Action Pack"). */
const TIER_NEWS = words(/\b(bumped|moved up|moved down|dropped|downgraded|upgraded|promoted|now|теперь|перешли|стали|повысили|понизили|desormais|maintenant|repasse[a-z]*|passe[a-z]* en|devenu[a-z]*)\b/);
const NO_CLOUD_COMPETENCY = words(/\b(no (more )?cloud competenc[a-z]*|no longer (hold|have)[a-z ]* cloud|облачн[а-я]* компетенци[а-я]* (больше )?нет|нет (больше )?облачн[а-я]* компетенци[а-я]*|plus de competence cloud|pas de competence cloud|sans competence cloud)\b/);
/** Verbs of changing a record: "update", "обнови", "mets à jour" ("now" alone tells news, not a request). */
/** The change asked: "please update", "can you set", an imperative opening the message. */
const SET_REQUEST = words(/(^ (please |pls |ok |so )?(set|update|change|record|save|switch|put|обнови[а-я]*|измени[а-я]*|поставь[а-я]*|запиши[а-я]*|сохрани[а-я]*|укажи[а-я]*|mets|modifie|change|enregistre|passe)|\b(please|pls|can you|could you|would you|пожалуйста|можешь|можете|peux tu|pouvez vous|merci de) (set|update|change|record|save|switch|put|обнови[а-я]*|измени[а-я]*|поставь[а-я]*|запиши[а-я]*|сохрани[а-я]*|укажи[а-я]*|mettre|modifier|changer|enregistrer|passer)\b)/);
/** "does that change anything?", "это что-то меняет?", "ça change quelque chose ?": a question about the answer. */
const CHANGE_QUESTION = words(/\b(does (that|this|it) change|would (that|this|it) change|change (the|my|your) answer|это (что то |что-то )?меняет|меняет ли|ca change|cela change|est ce que ca change)\b/);
const SET = words(/\b(set|update|change|record|save|switch|put|fix|correct|поправ[а-я]*|исправ[а-я]*|обнови[а-я]*|измени[а-я]*|поставь[а-я]*|запиши[а-я]*|сохрани[а-я]*|укажи[а-я]*|mets? a jour|mettre a jour|modifie[rz]?|change[rz]?|enregistre[rz]?|passe[rz]?|mets|met)\b/);

const GRANT = words(/\b(grant|give|add|make|assign|appoint|put|include|enroll|set|sets|setup|назнач[а-я]*|выда[а-я]*|дай|дать|добав[а-я]*|сделай[а-я]*|включи[а-я]*|внеси[а-я]*|accord[a-z]*|attribu[a-z]*|donn[a-z]*|ajout[a-z]*|nomm[a-z]*|fais|mets|mettre|mettez|inclu[a-z]*|integre[rz]?)\b/);
const REVOKE = words(/\b(revoke|remove|take away|strip|drop|отзов[а-я]*|отозва[а-я]*|забер[а-я]*|убер[а-я]*|сним[а-я]*|удали[а-я]*|лиши[а-я]*|retir[a-z]*|revoqu[a-z]*|enlev[a-z]*|supprim[a-z]*)\b/);
const ROLE_NAMES: ReadonlyArray<[RegExp, Role]> = [
  [words(/\bglobal admin[a-z]*\b|\bглобальн[а-я]* админ[а-я]*\b|\badministrateur general\b/), 'globalAdmin'],
  [words(/\bmpn (partner )?admin[a-z]*\b|\bадмин[а-я]* mpn\b|\bадминистратор[а-я]* (партнера )?mpn\b|\badmin[a-z]* (du )?(partenaire )?mpn\b/), 'mpnPartnerAdmin'],
  [words(/\badmin agents?\b|\bагент[а-я]* администр[а-я]*\b|\bagent d administration\b|\bagent admin\b/), 'adminAgent'],
  [words(/\bhelp ?desk\b|\bхелпдеск[а-я]*\b|\bподдержк[а-я]*\b|\bsupport( interne)?\b/), 'helpdesk'],
];

const GUID = /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/i;

// ---- Details -------------------------------------------------------------------------------------

const ORDINALS: ReadonlyArray<[RegExp, number]> = [
  [/^(first|1st|перв[а-я]*|premier|premiere)$/, 1],
  [/^(second|2nd|втор[а-я]*|deuxieme|second|seconde)$/, 2],
  [/^(third|3rd|трет[а-я]*|troisieme)$/, 3],
  [/^(fourth|4th|четверт[а-я]*|quatrieme)$/, 4],
  [/^(fifth|5th|пят[а-я]*|cinquieme)$/, 5],
];

/** "the third ticket", "третью заявку", "le deuxième ticket": an ordinal just before a ticket word. */
function ordinalTicketIn(form: string): number | undefined {
  const words = form.trim().split(' ');
  for (let i = 0; i + 1 < words.length; i++) {
    if (!/^(tickets?|заявк[а-я]*|тикет[а-я]*|demandes?)$/.test(words[i + 1]) && !/^(one)$/.test(words[i + 1])) continue;
    const hit = ORDINALS.find(([re]) => re.test(words[i]));
    if (hit) return hit[1];
  }
  return undefined;
}

/**
 * An ordinal alone, the ticket word left out, in a request that acts on or shows a ticket: "покажи вторую",
 * "первую рано закрыли — верни её в работу", "je prends la deuxième", "take the first one". Not an ordinal of
 * something else: "the first thing to do", "в первую очередь", "la première étape".
 */
function bareOrdinalIn(form: string): number | undefined {
  const m =
    / (перв|втор|трет|четверт|пят)(ую|ая|ью|ья|ои|ьеи) (?!(очеред|половин|част|неделю|недел|раз|лини|помощ|степен|попытк|очередь|год|половине)[а-я]*)/.exec(form) ??
    / (?:le|la) (premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme) (?!(chose|pas|truc|etape|fois|point|lieu|temps|niveau|semaine|mois|jour|question)s? )/.exec(form) ??
    / the (first|second|third|fourth|fifth)( one)? (?!(thing|step|time|place|point|question|level|line|week|month|day|half|part)s? )/.exec(form);
  return m ? ORDINALS.find(([re]) => re.test(m[1]))?.[1] : undefined;
}

/** A ticket number: "#12", "№ 12", "ticket 12", "заявку 12", "demande n°12", "number 12". */
function ticketNumberIn(norm: string): number | undefined {
  const ordinal = /(?<![\d])(\d{1,6})-(?:ю|я|и|ои|ую|ои|го|му|м)(?![а-я])/u.exec(norm);
  if (ordinal) return Number(ordinal[1]);
  const m =
    /(?:#|№|n°|\bno\.?\s|\bnumber\s|\bnum\s|номер(?:ом|а|у)?\s*|\bticket\s*|\btickets\s+|заявк[а-я]*\s*(?:номер\s*|№\s*)?|тикет[а-я]*\s*|\bdemande\s*(?:n°\s*)?)#?\s*(\d{1,6})(?!\d|[-./:]\d)/u.exec(norm);
  return m ? Number(m[1]) : undefined;
}

/** A number standing alone, not part of a date, an ID or a longer number. */
const AFTER_PRODUCT = /(?<![\p{L}])(?:office|microsoft|dynamics|windows|server|sql|exchange|sharepoint|win|m|ms|crm|ax|nav|gp|teams|system center)\s*(\d{1,4})(?!\d)/gu;

/** The article's Signature packs: "Signature 5", "5-pack", "10 pack", "пакет на 10": a pack's size, not a ticket. */
const PACK_SIZE = /(?<![\p{L}])(?:signature|pack|пакет[а-я]*|пак)\s*(?:на\s*)?(\d{1,2})(?!\d)|(?<!\d)(\d{1,2})\s*-?\s*(?:pack|pak|пак|пакет)/gu;

/** 365, a year, a number right after a product's name ("windows 11", "exchange 2010") or a pack's size is no ticket number. */
function isProductNumber(n: string, norm: string): boolean {
  if (n === '365' || /^(19|20)\d\d$/.test(n)) return true;
  if (n.length > 4) return false;
  for (const m of norm.matchAll(AFTER_PRODUCT)) if (m[1] === n) return true;
  for (const m of norm.matchAll(PACK_SIZE)) if ((m[1] ?? m[2]) === n) return true;
  return false;
}

/**
 * A number that counts rather than names: "our cloud cap is 5 tickets", "20 заявок в год", "10 demandes", or any bare
 * number in a "how many" question ("how many tickets do we get, 20?"). "ticket 5" and "#5" still name one.
 */
function isACount(n: string, form: string): boolean {
  if (new RegExp(` ${n} (tickets|cases|incidents|requests|заявок|заявки|обращений|обращения|тикетов|тикета|кейсов|кейса|инцидентов|инцидента|demandes|dossiers|cas|incidents) `).test(form)) return true;
  return / (how many|how much|сколько|скока|combien) /.test(form);
}

function standaloneNumbers(norm: string): string[] {
  return [...norm.matchAll(/(?<![\p{L}\d_./:-])(\d{1,20})(?![\p{L}\d_/:-]|[.,]\d)(?!\s*(?:days?|hours?|weeks?|months?|minutes?|jours?|heures?|semaines?|mois|минут[а-я]*|час[а-я]*|дн[а-я]*|день|недел[а-я]*|месяц[а-я]*))/gu)].map((m) => m[1]);
}

const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(jan|january|январ|янв|janv|janvier)/, 1],
  [/^(feb|february|феврал|фев|fev|fevr|fevrier)/, 2],
  [/^(mar|march|март|мар|mars)/, 3],
  [/^(apr|april|апрел|апр|avr|avril)/, 4],
  [/^(may|ма[яи]|mai)$/, 5],
  [/^(jun|june|июн|juin)/, 6],
  [/^(jul|july|июл|juil|juillet)/, 7],
  [/^(aug|august|август|авг|aout)/, 8],
  [/^(sep|sept|september|сентябр|сен|septembre)/, 9],
  [/^(oct|october|октябр|окт|octobre)/, 10],
  [/^(nov|november|ноябр|ноя|novembre)/, 11],
  [/^(dec|december|декабр|дек|decembre)/, 12],
];
const WEEKDAYS: ReadonlyArray<[RegExp, number]> = [
  [/^(sunday|воскресень[а-я]*|dimanche)$/, 0],
  [/^(monday|понедельник[а-я]*|lundi)$/, 1],
  [/^(tuesday|вторник[а-я]*|mardi)$/, 2],
  [/^(wednesday|сред[ау]|mercredi)$/, 3],
  [/^(thursday|четверг[а-я]*|jeudi)$/, 4],
  [/^(friday|пятниц[а-я]*|vendredi)$/, 5],
  [/^(saturday|суббот[а-я]*|samedi)$/, 6],
];

function monthOf(word: string): number | undefined {
  return MONTHS.find(([re]) => re.test(word))?.[1];
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

function daysBefore(today: string, n: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/**
 * The date a message gives: ISO, day.month.year (day first, as ru / fr write it; en m/d/y when the day
 * cannot be first), a month name with a day, today / yesterday / N days ago, a weekday (the last one).
 * `bad` when a date-like text is no date ("31.02.2026").
 */
/** Days of the month in words (normalized: no accents, ё → е): en and ru ordinals, fr cardinals ("premier" for the 1st). */
const DAY_UNITS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  первого: 1, второго: 2, третьего: 3, четвертого: 4, пятого: 5, шестого: 6, седьмого: 7, восьмого: 8, девятого: 9,
  premier: 1, un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
};
const DAY_WORDS: Readonly<Record<string, number>> = {
  ...DAY_UNITS,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  десятого: 10, одиннадцатого: 11, двенадцатого: 12, тринадцатого: 13, четырнадцатого: 14, пятнадцатого: 15, шестнадцатого: 16, семнадцатого: 17, восемнадцатого: 18, девятнадцатого: 19, двадцатого: 20, тридцатого: 30,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
};
const DAY_TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, двадцать: 20, тридцать: 30, vingt: 20, trente: 30, dix: 10 };

/** The day a few words name, read from their end ("двадцать третьего" → 23), or from their start after the month. */
function dayInWords(words: readonly string[], fromStart = false): number | undefined {
  const w = fromStart ? words : words.slice(-3);
  const read = (list: readonly string[]): number | undefined => {
    const parts = list.filter((t) => t !== 'et');
    if (parts.length === 1) return DAY_WORDS[parts[0]];
    if (parts.length === 2 && DAY_TENS[parts[0]] !== undefined && DAY_UNITS[parts[1]] !== undefined) return DAY_TENS[parts[0]] + DAY_UNITS[parts[1]];
    return undefined;
  };
  const candidates = fromStart ? [w.slice(0, 2), w.slice(0, 1)] : [w.slice(-3), w.slice(-2), w.slice(-1)];
  for (const c of candidates) {
    const day = c.length ? read(c) : undefined;
    if (day !== undefined && day >= 1 && day <= 31) return day;
  }
  return undefined;
}

export function dateIn(normIn: string, today: string): { date?: string; bad?: string } {
  // "c'était jeudi, pas mardi", "not today but Monday": a day ruled out is not the date.
  const norm = normIn.replace(/(^|[^\p{L}])(not|pas|не|а не|non)\s+(today|yesterday|сегодня|вчера|hier|aujourd\W?hui)(?![\p{L}])/giu, '$1');
  const isoMatch = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(norm);
  if (isoMatch) {
    const date = iso(+isoMatch[1], +isoMatch[2], +isoMatch[3]);
    return date ? { date } : { bad: isoMatch[0] };
  }
  const numeric = /\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b/.exec(norm);
  if (numeric) {
    const a = +numeric[1];
    const b = +numeric[2];
    const year = numeric[3] ? (numeric[3].length === 2 ? 2000 + +numeric[3] : +numeric[3]) : +today.slice(0, 4);
    const date = iso(year, b, a) ?? iso(year, a, b);
    return date ? { date } : { bad: numeric[0] };
  }
  const tokens = tokenize(norm);
  for (let i = 0; i < tokens.length; i++) {
    const month = monthOf(tokens[i]);
    if (!month) continue;
    const before = /^\d{1,2}$/.test(tokens[i - 1] ?? '') ? +tokens[i - 1] : undefined;
    const after = /^\d{1,2}$/.test(tokens[i + 1] ?? '') ? +tokens[i + 1] : undefined;
    // In words: "третьего декабря", "le trois décembre", "the third of December", "December twenty-first".
    const day = before ?? after ?? dayInWords(tokens.slice(Math.max(0, i - 3), i).filter((t) => t !== 'of' && t !== 'le')) ?? dayInWords(tokens.slice(i + 1, i + 3), true);
    if (day === undefined) continue;
    const yearToken = tokens.slice(i + 1, i + 3).find((t) => /^20\d\d$/.test(t));
    const date = iso(yearToken ? +yearToken : +today.slice(0, 4), month, day);
    return date ? { date } : { bad: `${day} ${tokens[i]}` };
  }
  const spaced = ` ${tokens.join(' ')} `;
  if (/ (today|сегодня|aujourd hui) /.test(spaced)) return { date: today };
  if (/ (day before yesterday|позавчера|avant hier) /.test(spaced)) return { date: daysBefore(today, 2) };
  if (/ (yesterday|вчера|hier) /.test(spaced)) return { date: daysBefore(today, 1) };
  const ago = / (\d{1,2}) (days? ago|дн[а-я]* назад|день назад)|il y a (\d{1,2}) jours? /.exec(spaced);
  if (ago) return { date: daysBefore(today, +(ago[1] ?? ago[3])) };
  // A day of the month alone ("on the 2nd", "3-го числа", "ouvert le 3", "le 1er"): the last such day, this month or the one before.
  const dayOnly = / (\d{1,2})(?:st|nd|rd|th) | (\d{1,2}) (?:го |е |ого )?числа | (?:ouvert|ouverte|cree|creee|depuis|date du|du) le (\d{1,2})(?:er)? | le (\d{1,2})(?:er)? $/.exec(spaced);
  if (dayOnly) {
    const day = +(dayOnly[1] ?? dayOnly[2] ?? dayOnly[3] ?? dayOnly[4]);
    const [y, m, d] = today.split('-').map(Number);
    const date = day <= d ? iso(y, m, day) : m === 1 ? iso(y - 1, 12, day) : iso(y, m - 1, day);
    return date ? { date } : { bad: dayOnly[0].trim() };
  }
  for (const t of tokens) {
    const weekday = WEEKDAYS.find(([re]) => re.test(t))?.[1];
    if (weekday === undefined) continue;
    const now = new Date(`${today}T00:00:00Z`).getUTCDay();
    return { date: daysBefore(today, (now - weekday + 7) % 7 || 7) };
  }
  return {};
}

const ON_PREMISES = words(/\b(on prem[a-z]*|onprem[a-z]*|on premises|on site|locally|local|локальн[а-я]*|он прем[а-я]*|sur site|sur place|locaux|locale|on premise)\b/);
const CLOUD = words(/\b(cloud|облак[а-я]*|облачн[а-я]*|azure|signature|nuage|клауд)\b/);

function supportTypeIn(form: string, product?: SupportType): SupportType | undefined {
  const onPrem = ON_PREMISES.test(form);
  const cloud = CLOUD.test(form);
  if (onPrem !== cloud) return onPrem ? 'onPremises' : 'cloud';
  return product;
}

/**
 * A message that changes a proposal still open or just cancelled, without saying the whole request again: "my mistake,
 * the number is 5500123, still on-prem", "не локальный, а облако, остальное то же", "c'était jeudi,
 * pas mardi", "non, c'est <other object id>". Undefined when it changes nothing (a question, another subject).
 */
export function amendedRequest(previous: OwnWordsRequest, raw: string, today: string): OwnWordsRequest | undefined {
  const text = raw.replace(/<at>[^<]*<\/at>/gi, ' ').trim();
  if (!text || text.length > 300) return undefined;
  const norm = normalizeText(text);
  const form = ` ${tokenize(norm).join(' ')} `;
  if (HOW_TO.test(form)) return undefined;
  if (previous.kind === 'recordCase') {
    const number = standaloneNumbers(norm).find((n) => n.length >= 6);
    const ruledOut = new Set(negatedSupportTypesIn(form));
    const said = (['onPremises', 'cloud'] as const).filter((t) => (t === 'cloud' ? CLOUD : ON_PREMISES).test(form) && !ruledOut.has(t));
    const supportType = said.length === 1 ? said[0] : ruledOut.size === 1 ? ([...ruledOut][0] === 'cloud' ? 'onPremises' : 'cloud') : undefined;
    let { date, bad } = dateIn(norm, today);
    // "it was opened on the 3rd, not the 2nd", "le 3, pas le 2", "3-го, а не 2-го": a day of the month proposed.
    if (!date && !bad && previous.openedOn) {
      const day = /(?:^|[^\p{L}\d])(?<!(?:pas|not|не)\s(?:le\s|the\s)?)(?:le\s|the\s|on the\s)?(\d{1,2})(?:st|nd|rd|th|er|-?го|-?е|\s+числа)?(?![\p{L}\d])/u.exec(norm);
      const n = day ? Number(day[1]) : NaN;
      if (n >= 1 && n <= 31) {
        const candidate = `${previous.openedOn.slice(0, 8)}${String(n).padStart(2, '0')}`;
        if (!Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) && candidate <= today) date = candidate;
      }
    }
    const changed = { ...previous };
    if (number) {
      changed.caseNumber = number;
      delete changed.badNumber;
    }
    if (supportType) changed.supportType = supportType;
    if (date) {
      changed.openedOn = date;
      delete changed.badDate;
    } else if (bad) changed.badDate = bad;
    return number || supportType || date || bad ? changed : undefined;
  }
  if (previous.kind === 'role') {
    const guid = GUID.exec(text)?.[1]?.toLowerCase();
    return guid && guid !== previous.aadObjectId ? { ...previous, aadObjectId: guid } : undefined;
  }
  if (previous.kind === 'saveIds') {
    const named = { accessId: idAfter(text, ACCESS_ID_NAMES), contractId: idAfter(text, CONTRACT_ID_NAMES) };
    // "the contract one is CID-…", "Contract ID правильный CID-…": the one ID of the message, by its label.
    const { accessId, contractId } = (named.accessId || named.contractId ? named : (oneLabelledToken(text) ?? {})) as { accessId?: string; contractId?: string };
    return accessId || contractId ? { ...previous, ...(accessId ? { accessId } : {}), ...(contractId ? { contractId } : {}) } : undefined;
  }
  return undefined;
}

/**
 * Another case told right after one was recorded or proposed ("et l'autre : 7300001, cloud, hier",
 * "and 5512399, cloud, yesterday"): a long number with a support type or a date is the next case to record.
 */
export function nextCaseIn(raw: string, today: string): OwnWordsRequest | undefined {
  const norm = normalizeText(raw);
  const form = ` ${tokenize(norm).join(' ')} `;
  if (HOW_TO.test(form) || ticketNumberIn(norm) !== undefined) return undefined;
  const caseNumber = standaloneNumbers(norm).filter((x) => !isProductNumber(x, norm)).find((n) => n.length >= 6);
  if (!caseNumber) return undefined;
  const supportType = supportTypeIn(form);
  const { date, bad } = dateIn(norm, today);
  if (!supportType && !date) return undefined;
  return { kind: 'recordCase', caseNumber, supportType, openedOn: date, badDate: bad };
}

/** The support types a message rules out: "не локальный, а облако", "not cloud", "pas sur site". */
function negatedSupportTypesIn(form: string): Array<'cloud' | 'onPremises'> {
  const out: Array<'cloud' | 'onPremises'> = [];
  const re = / (not|no|не|ни|pas|non) (a |an |un |une |в )?(cloud|облак[а-я]*|облачн[а-я]*|nuage|azure|on prem[a-z]*|onprem[a-z]*|on premises|локальн[а-я]*|sur site|local|locale|locaux) /g;
  for (let m = re.exec(form); m; m = re.exec(form)) {
    re.lastIndex = m.index + 1;
    out.push(/^(cloud|облак|облачн|nuage|azure)/.test(m[3]) ? 'cloud' : 'onPremises');
  }
  return out;
}

/** An ID typed after its name: "access id AID-7Q2K-99", "Contract ID: CID-5521-XY", "id контракта …". */
function idAfter(raw: string, names: RegExp): string | undefined {
  const m = new RegExp(`(?:${names.source})\\s*(?:is|est|:|=|-|—|это)?\\s*[«"“']?([A-Za-z0-9][A-Za-z0-9._-]*\\d[A-Za-z0-9._-]*|\\d[A-Za-z0-9._-]*)`, 'iu').exec(raw);
  return m?.[1]?.replace(/[.,;]+$/, '');
}
const ACCESS_ID_NAMES = /access\s*id|id\s+доступа|идентификатор\s+доступа|id\s+d['’]acc[eè]s|identifiant\s+d['’]acc[eè]s/;
const CONTRACT_ID_NAMES = /contract\s*id|id\s+контракта|идентификатор\s+контракта|id\s+de\s+contrat|identifiant\s+de\s+contrat|id\s+du\s+contrat/;

const IDS_WORD = words(/\b(ids|id|the ids|identifiers|identifiants?|айди|идентификатор[а-я]*|ид)\b/);
const ID_TOKEN = /(?<![\p{L}\d-])([A-Za-z]{1,8}-[A-Za-z0-9-]*\d[A-Za-z0-9-]*|\d[A-Za-z0-9]*-[A-Za-z0-9-]+)(?![\p{L}\d-])/gu;
const CONTRACT_LABEL = /contract|contrat|контракт/i;
/** A message about the Azure error or another failure is not one that hands over new IDs. */
const ERROR_TALK = words(/\b(already associated|associated|error|errors|fails?|failed|says|ошибк[а-я]*|пишет|ругается|erreur|echoue|affiche)\b/);
const ACCESS_LABEL = /access|acc[eè]s|доступ/i;

/** ID-shaped tokens ("AID-7Q2K-99", "CID-5521-XY"): letters, digits and dashes; not a date, not "5-pack". */
function idTokens(raw: string): RegExpMatchArray[] {
  return [...raw.matchAll(ID_TOKEN)].filter(
    (m) => m[1].length >= 6 && !/^\d{4}-\d{2}-\d{2}$/.test(m[1]) && (m[1].match(/\d/g) ?? []).length >= 2 && /[A-Za-z]/.test(m[1]) && !/-(packs?|pack|pk)$/i.test(m[1]),
  );
}

/** The one ID-shaped token of a message that names one of the two IDs only ("the access id Partner Center gave us: …"). */
function oneLabelledToken(raw: string): { accessId: string } | { contractId: string } | undefined {
  const tokens = idTokens(raw);
  if (tokens.length !== 1) return undefined;
  const access = ACCESS_LABEL.test(raw);
  const contract = CONTRACT_LABEL.test(raw);
  if (access === contract) return undefined;
  return access ? { accessId: tokens[0][1] } : { contractId: tokens[0][1] };
}

/**
 * "here are the ids from partner center: AID-7Q2K-99 and CID-5521-XY", "AID-… (accès) et CID-… (contrat)": two
 * ID-shaped tokens with a word for IDs; each is the Access ID or the Contract ID by the label next to it, else
 * by order (the article names the Access ID first).
 */
function unnamedIdsIn(raw: string, form: string): { accessId: string; contractId: string } | undefined {
  if (!IDS_WORD.test(form) && !/access|contract|acc[eè]s|contrat|доступ|контракт/i.test(raw)) return undefined;
  if (ERROR_TALK.test(form)) return undefined;
  const found = idTokens(raw);
  if (found.length !== 2) return undefined;
  // The label just before a token ("contract is CID-…", "the access one is AID-…"), the nearest one winning; else the
  // one just after it ("AID-… (accès)").
  const labelOf = (m: RegExpMatchArray): 'access' | 'contract' | undefined => {
    const at = m.index ?? 0;
    const before = raw.slice(Math.max(0, at - 25), at);
    const lastOf = (re: RegExp) => Math.max(-1, ...[...before.matchAll(new RegExp(re.source, 'giu'))].map((x) => x.index ?? -1));
    const access = lastOf(ACCESS_LABEL);
    const contract = lastOf(CONTRACT_LABEL);
    if (access >= 0 || contract >= 0) return contract > access ? 'contract' : 'access';
    const after = raw.slice(at + m[1].length, at + m[1].length + 15);
    return CONTRACT_LABEL.test(after) ? 'contract' : ACCESS_LABEL.test(after) ? 'access' : undefined;
  };
  const [a, b] = found;
  const [la, lb] = [labelOf(a), labelOf(b)];
  if ((la === 'contract' && lb !== 'contract') || (la === undefined && lb === 'access')) return { accessId: b[1], contractId: a[1] };
  return { accessId: a[1], contractId: b[1] };
}

/**
 * One of the two IDs handed over alone, with its name ("the contract id is CID-…", "Access ID : AID-…"): the other
 * may come in the next message (or came in the one before). Undefined for both, neither, a how-to or error talk.
 */
export function oneIdIn(raw: string): { accessId: string } | { contractId: string } | undefined {
  const text = raw.replace(/<at>[^<]*<\/at>/gi, ' ').trim();
  if (!text || text.length > 600) return undefined;
  const form = ` ${tokenize(normalizeText(text)).join(' ')} `;
  if (HOW_TO.test(form) || ERROR_TALK.test(form)) return undefined;
  const accessId = idAfter(text, ACCESS_ID_NAMES);
  const contractId = idAfter(text, CONTRACT_ID_NAMES);
  const shaped = (id: string) => /\d/.test(id) && id.length >= 4;
  if (accessId && !contractId && shaped(accessId)) return { accessId };
  if (contractId && !accessId && shaped(contractId)) return { contractId };
  return accessId || contractId ? undefined : oneLabelledToken(text);
}

function tierIn(form: string): Tier | undefined {
  const named = new Set<Tier>();
  if (/ (action pack|экшн пак) /.test(form)) named.add('actionPack');
  if (/ (gold|голд|золот[а-я]*) /.test(form)) named.add('gold');
  if (/ (silver|сильвер|серебр[а-я]*) /.test(form)) named.add('silver');
  return named.size === 1 ? [...named][0] : undefined;
}

const COMPETENCIES: ReadonlyArray<[RegExp, CloudCompetency]> = [
  [words(/\b(security|безопасност[а-я]*|securite)\b/), 'security'],
  [words(/\b(cloud business applications?|бизнес приложени[а-я]*|applications metier)\b/), 'cloudBusinessApplications'],
  [words(/\b(cloud platform|облачн[а-я]* платформ[а-я]*|plate forme cloud|plateforme cloud)\b/), 'cloudPlatform'],
  [words(/\b(cloud productivity|продуктивност[а-я]*|productivite)\b/), 'cloudProductivity'],
  [words(/\b(enterprise mobility( management)?|emm|мобильност[а-я]*|mobilite)\b/), 'enterpriseMobilityManagement'],
  [words(/\b(small and midmarket( cloud solutions)?|smb|midmarket|мал[а-я]* и средн[а-я]*|petites et moyennes)\b/), 'smallMidmarketCloudSolutions'],
];

/** What follows "reply …:" or is quoted: the text of a reply. */
function replyTextIn(raw: string): string | undefined {
  const quoted = /[«"“]([^»"”]{2,})[»"”]/.exec(raw);
  if (quoted) return quoted[1].trim();
  const colon = /:\s*(.{2,})$/s.exec(raw);
  if (colon) return colon[1].trim();
  const that = /(?<![\p{L}])(?:that|что|чтобы|que|qu['’])\s*(.{4,})$/isu.exec(raw);
  if (that) return that[1].trim();
  // "ask him which subscription it is", "уточни у него, в какой подписке…": what follows the instruction.
  const after = /(?<![\p{L}])(?:ask|ping|tell|спроси|уточни|узнай|demande|dis)[\p{L}-]*\s+(?:(?:у\s+)?(?:him|her|them|него|нее|неё|них|lui|leur|le demandeur|the requester)\s*)?(?:[,:-]\s*)?(?:(?:for|about|if|whether)\s+)?(.{4,})$/isu.exec(raw);
  return after ? after[1].trim() : undefined;
}

/** "to Dana", "на Дану", "à Dana": the name a ticket is given to (matched with the roster by the handler). */
function assigneeIn(raw: string): string | undefined {
  const m = /(?<![\p{L}])(?:to|на|à|a|pour|put|give|assign)\s+([A-ZА-ЯЁ][\p{L}-]+(?:\s+[A-ZА-ЯЁ][\p{L}-]+)?)/u.exec(raw);
  if (!m) return undefined;
  const name = m[1];
  return /^(me|myself|меня|себя|moi)$/i.test(name) ? undefined : name;
}

/** The word "role" or being made a member of a role's group. */
/** Letting someone do something: "so he can", "able to", "set her up", "чтобы он мог", "pour qu'il puisse", "permets". */
const ENABLES = words(/\b(so (that )?(he|she|they) can|(is|are|be) able to|set (him|her|them) up|let (him|her|them)|allow (him|her|them)|enable (him|her|them)|make sure (he|she|they) (can|is able|are able)|чтобы( [a-zа-я]+){0,3} (мог|могла|могли|смог|смогла)|so (that )?[a-z]+( [a-z]+)? can|дай (ему|ей|им) (возможность|доступ)|(пусть|чтоб) (он|она) (мог|могла)|pour qu (il|elle|ils) (puisse|puissent)|(lui|leur) (ouvrir|donner|ouvre|donne|ouvrez|donnez) (l )?acces|(donne|donnez|ouvre|ouvrez) (lui|leur) (l )?acces|give (him|her|them) access|(дай|дайте|открой|откройте|выдай|выдайте) (ему|ей|им) доступ|que [a-z]+( [a-z]+)? (puisse|puissent|pourra|pourrait)|permet[a-z]* (a|lui|leur)|qu (il|elle) puisse)\b/);
/** Working the helpdesk's tickets: "work/handle/answer/take tickets", "разбирать заявки", "traiter les tickets". */
const WORKS_TICKETS = words(/\b(work|handle|answer|take|triage|pick up|process|close) (the |our |helpdesk |support )*(tickets|requests|queue)|(разбирать|брать|обрабатывать|закрывать|отвечать на|вести|работать с) (наши |все )?(заявк[а-я]*|тикет[а-я]*|обращени[а-я]*|очеред[а-я]*)|(traiter|gerer|prendre|repondre aux|fermer|suivre) (les |des |nos )?(tickets|demandes|requetes)|acces (aux|a nos) (tickets|demandes)|access to (the |our )?(tickets|queue|helpdesk queue)|доступ к (заявкам|тикетам|очереди)\b/);
const HELPDESK_TEAM = String.raw`(the |our |l['’]|le |la )?(helpdesk|help desk|service desk|servicedesk|support team|équipe (de )?support|equipe (de )?support|support|хелпдеск\p{L}*|поддержк\p{L}*|команд\p{L}* поддержки)`;
const JOINS_HELPDESK = new RegExp(
  String.raw`(?<![\p{L}])(join|joins|joining|moving to|moves to|is moving to|goes to|going to|transfers to|switching to|starting on|starts on|будет в|переходит в|переходит на|перейд[её]т в|переводится в|passe au|passe dans|va au|arrive au|arrive dans|join|be on|be part of|one of|a member of|added to|add [^.!?]{1,40}? to|add (him|her|them) to|rejoindre|rejoigne|rejoint|intégrer|integrer|intègre|integre|ajoute[rz]? (le|la|les)? ?(à|a) |присоедин\p{L}*( к)?|войд[её]т в|добавь\p{L}*( его| её| ее| их)? в|включи\p{L}*( его| её| ее| их)? в)\s+${HELPDESK_TEAM}(?![\p{L}])`,
  'iu',
);
const PLACED_ON_HELPDESK = new RegExp(
  String.raw`(?<![\p{L}])(put|add|get|bring|move|place|добав\p{L}*|включ\p{L}*|перевед\p{L}*|переведи|mets|mettre|mettez|ajoute[rz]?|intègre[rz]?|integre[rz]?|passe[rz]?)\s+([A-ZА-ЯЁ][\p{L}-]+(?:\s+[A-ZА-ЯЁ][\p{L}-]+)?)\s+(on|onto|in|into|to|в|au|dans|à)\s+${HELPDESK_TEAM}(?![\p{L}])`,
  'u',
);
const LEAVES_HELPDESK = new RegExp(
  String.raw`(?<![\p{L}])((shouldn['’]?t|should not|no longer|won['’]?t) be (on|in|part of) ${HELPDESK_TEAM}|(leaves|leaving|left|quits|quitting|is off|moving off|moving out of|steps down from|stepping down from|уходит из|ушла из|ушел из|ушёл из|покидает|quitte|quittent|a quitté|a quitte|part du|sort du|sort de l['’]) ${HELPDESK_TEAM}|take away (his|her|their|the) (helpdesk |support )?(role|rights|access)|take (the |that |this |his |her |their )?(helpdesk )?(role|rights|access) (off|away from)|remove (him|her|them) from ${HELPDESK_TEAM}|(убери|уберите|убрать|исключи|исключите|исключить|удали|удалите|удалить|выведи|выведите|вывести)\p{L}* ([^.!?]{0,30} )?из ${HELPDESK_TEAM}|больше не (в|работает в) ${HELPDESK_TEAM}|retire[rz]? ([^.!?]{0,30} )?(du|de l['’]|de la) (helpdesk|support|équipe support|equipe support)|ne (doit|devrait) plus (être|etre) (au|dans le|dans l['’]) (helpdesk|support))`,
  'iu',
);

/** The person named closest before `at` ("Priya wanted Alex Kim to join…" → Alex Kim), else the first one after it. */
function nameNearest(raw: string, at: number): string | undefined {
  const before = peopleNamedIn(raw.slice(0, at));
  return before[before.length - 1] ?? peopleNamedIn(raw.slice(at))[0];
}

/** The verbs of giving or taking a role, in the message as typed (to find whom they are said of). */
const ROLE_VERB_TYPED = /(?<![\p{L}])(give|grant|add|make|assign|appoint|revoke|remove|take|strip|drop|назнач|выда|дай|дать|добав|сделай|отзов|отозва|забер|убер|сним|удали|лиши|accord|attribu|donn|ajout|nomm|retir|révoqu|revoqu|enl[eè]v|supprim)\p{L}*/giu;

/**
 * Whom a role is given to or taken from: the name right after the last such verb ("…, so could you give Alex Kim the
 * role?"), else the last one named before it ("Alex is joining the service desk, give him the role").
 */
function nameForRoleChange(raw: string): string | undefined {
  let verbAt = -1;
  let verbEnd = -1;
  for (const m of raw.matchAll(ROLE_VERB_TYPED)) {
    verbAt = m.index ?? 0;
    verbEnd = verbAt + m[0].length;
  }
  if (verbAt < 0) return personNamedIn(raw);
  const rest = raw.slice(verbEnd, verbEnd + 40);
  const after = peopleNamedIn(rest, true)[0];
  if (after) return after;
  // Named before: "him" is the one the message is about, not one named after "from", "de", "у" ("congés de Dana").
  const before = raw.slice(0, verbAt);
  const named = peopleNamedIn(before);
  const subjects = named.filter((name) => !AFTER_PREPOSITION.test(before.slice(0, before.lastIndexOf(name))));
  return subjects[subjects.length - 1] ?? named[named.length - 1] ?? personNamedIn(raw);
}
// After a preposition or in a clause of circumstance ("while Dana is away", "пока Дана в отпуске", "pendant que Dana…").
const AFTER_PREPOSITION = /(?<![\p{L}])(from|of|for|with|instead of|replacing|while|since|because|as|when|until|de|d['’]|du|pour|avec|chez|pendant que|puisque|quand|tant que|parce que|у|от|для|после|вместо|с|со|пока|так как|потому что|когда)\s*$/iu;

const ROLE_WORD = words(/\b(role|roles|rights|access to the helpdesk|helpdesk access|acces au helpdesk|acces helpdesk|acces au support|доступ к хелпдеску|доступ в хелпдеск|member of the helpdesk|helpdesk member|роль|роли|ролью|права|rôle|role|roles|droits|membre du helpdesk|membre du support)\b/);
/** Capitalized words that are no person's name here. */
const NOT_PERSON = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|christmas|понедельник|вторник|сред[ау]|четверг|пятниц[аеуы]|суббот[аеуы]|воскресень[ея]|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|fevrier|avril|juin|juillet|septembre|octobre|novembre|décembre|decembre|noël|noel|helpdesk|help|desk|support|global|mpn|partner|admin|administrator|admins|role|please|can|could|would|give|make|grant|add|remove|revoke|the|hi|hello|ok|okay|хелпдеск|поддержк|роль|выдай|дай|назначь|сделай|добавь|убери|сними|забери|пожалуйста|привет|donne|donnez|ajoute|ajoutez|retire|retirez|mets|le|la|les|bonjour|merci|rôle|peux|pouvez|entra|teams|microsoft|azure)/i;

/** What follows a name that is said of that person: a verb in the third person ("is", "переходит", "quitte"). */
const THIRD_PERSON_NEXT = /^\s+(is|was|will|has|had|says|said|writes|wrote|reports|reported|told|tells|пишет|написал|написала|говорит|сказал|сказала|жалуется|просит|dit|a dit|écrit|ecrit|signale|joins|joined|leaves|left|moves|moved|starts|started|needs|wants|asked|should|can|could|won['’]?t|isn['’]?t|doesn['’]?t|does|takes|took|goes|went|переходит|перешла|перешел|перешёл|уходит|ушла|ушел|ушёл|будет|теперь|больше|начинает|начала|начал|хочет|просит|просила|просил|est|va|part|quitte|rejoint|arrive|doit|peut|sera|passe|change|a|n['’]est|ne)(?![\p{L}])/iu;

/** Pronouns and linking words that open sentences: capitalized, yet no one's name. */
const SENTENCE_WORD = /^(tu|vous|je|il|elle|on|nous|ils|elles|you|i|we|he|she|they|it|so|also|and|but|then|could|can|would|will|please|ты|вы|я|он|она|мы|они|так|и|но|а|тогда|также|ещё|еще|et|mais|alors|donc|puis|aussi|peux|pouvez)$/i;

/** A person named by capitalized words ("Priya Sharma", "Алексу Киму", "à Alex Kim"), not the message's first word. */
export function personNamedIn(raw: string): string | undefined {
  return peopleNamedIn(raw)[0];
}

/** Every person's name in a message, in order ("Dana Lee knows it better, hand Alex's ticket to her": Dana Lee, Alex). */
export function peopleNamedIn(raw: string, partOfSentence = false): string[] {
  const re = /(?<![\p{L}])([A-ZА-ЯЁ][\p{Ll}-]+(?:\s+[A-ZА-ЯЁ][\p{Ll}-]+)?)/gu;
  const names: string[] = [];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const name = m[1];
    const atStart = !partOfSentence && raw.slice(0, m.index).trim() === '';
    // A single capitalized word opening the message is most often its verb ("Make…", "Выдай…"), unless what follows
    // says something of a person: "Alex is joining the service desk", "Алекс переходит в поддержку", "Dana quitte le support".
    const after = raw.slice(m.index + name.length);
    const possessive = /^['’]s(?![\p{L}])/u.test(after);
    const saysOfAPerson = THIRD_PERSON_NEXT.test(after);
    if ((atStart && !/\s/.test(name) && !possessive && !saysOfAPerson) || NOT_PERSON.test(name)) continue;
    // A sentence's first word is capitalized too: "…de Dana. Tu peux lui donner le rôle ?", "So Alex…" (then Alex).
    const parts = name.split(/\s+/);
    if (SENTENCE_WORD.test(parts[0])) {
      if (parts.length > 1 && !NOT_PERSON.test(parts[1])) names.push(parts[1]);
      continue;
    }
    names.push(name);
  }
  return names;
}

/**
 * Someone else named to handle a ticket, in the third person: "let Dana take #3", "Dana can handle the second one",
 * "пусть Олег займётся четвёртой", "пусть Дана возьмёт вторую", "que Dana s'occupe du 3", "Dana peut prendre le 2".
 */
const NAME = '([A-ZА-ЯЁ][\\p{L}-]+(?:\\s+[A-ZА-ЯЁ][\\p{L}-]+)?)';
const HANDLES_RU = '(?:займ[её]тся|возьм[её]т|забер[её]т|посмотрит|глянет|разбер[её]тся|поработает)';
const THIRD_PERSON_ASSIGN: readonly RegExp[] = [
  new RegExp(`(?<![\\p{L}])пусть\\s+${NAME}\\s+(?:[^.!?]{0,40}?\\s)?${HANDLES_RU}`, 'u'),
  new RegExp(`(?<![\\p{L}])пусть\\s+(?:[^.!?]{0,40}?\\s)?${HANDLES_RU}\\s+${NAME}`, 'u'),
  new RegExp(`(?<![\\p{L}])let\\s+${NAME}\\s+(?:take|handle|have|deal with|look at|pick up|own)(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])${NAME}\\s+(?:can|should|will|could|is going to)\\s+(?:take|handle|have|deal with|pick up|own)(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])que\\s+${NAME}\\s+(?:s['’]occupe|prenne|gère|regarde)(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])${NAME}\\s+(?:peut|va|doit|pourrait)\\s+(?:s['’]occuper|prendre|gérer|regarder)(?![\\p{L}])`, 'u'),
];
const NOT_A_NAME = /^(i|я|je|we|мы|nous|on|he|she|it|they|он|она|они|il|elle|ils|elles|someone|somebody|кто-нибудь|quelqu)$/i;

function thirdPersonAssignee(raw: string): string | undefined {
  for (const re of THIRD_PERSON_ASSIGN) {
    const name = re.exec(raw)?.[1];
    if (name && !NOT_A_NAME.test(name.split(/\s+/)[0])) return name;
  }
  return undefined;
}

// ---- Reading -------------------------------------------------------------------------------------

export interface OwnWordsContext {
  /** YYYY-MM-DD: dates are read against it. */
  today: string;
  /** Typed in a ticket's thread in the helpdesk channel: the ticket is the thread's, without being named. */
  inTicketThread?: boolean;
  /** In that thread, a message that is no request or question to the bot is a reply to the requester. */
  threadReply?: boolean;
}

/**
 * Words at least one request needs (its object or its verb): most messages, questions about the article, have
 * none and are passed over at once. A digit or "#" can also make one (a ticket or case number).
 */
const TRIGGER = inNormalForm(
  /(перв|втор|трет|четверт)(ую|ая|ью|ья)|le premier|la premiere|le deuxieme|le second|first one|second one|third one|the first|the second|owner|untaken|исполнител|никто не взял|ничьи|responsable|personne n a pris|[0-9#№]|ticket|tiket|tikcet|заявк|тикет|demande|requete|request|case|cas\b|кейс|обращени|dossier|ledger|\bcount|учет|учёт|журнал|registre|report|stat|metric|figures|numbers|отчет|отчёт|статист|хелпдеск|helpdesk|help desk|service desk|servicedesk|support interne|i sent|envoye|отправлял|отправил|taking over|take over|covering for|замеща|подменя|je remplace|je reprends|equipe support|equipe de support|поддержк|сводк|цифр|rapport|chiffre|bilan|queue|backlog|очеред|attente|channel|канал|canal|\bhere\b|здесь|сюда|ici|admin|админ|profil|профил|membership|членств|adhesion|adhésion|partnership|партнерств|partenariat|tier|access|contract|контракт|contrat|доступ|accès|acces|\bid|айди|идентификатор|identifiant|take|grab|pick|claim|mine|assign|give|hand|pass|put|route|reply|answer|respond|tell|ask|ping|resolve|solved|fixed|sorted|done|close|reopen|возьм|беру|бери|забер|назнач|передай|отдай|поручи|ответь|напиши|спроси|уточни|узнай|реш|закр|переоткр|prend|occupe|charge|attribu|donne|confie|transf|répond|repond|écri|ecri|dis[- ]lui|résolu|resolu|réglé|regle|ferm|clôtur|clotur|rouvr|réouvr|reouvr|news|update|get back|heard|новост|ответил|nouvelles|pour moi|в работе|my plate|working on|en cours|logge|занес|vire|deal|mine|мо[яию]|разобрал|relance|goes to|c est bon|c'est bon|attend|retour|ждем|ждём|забрал|взял|took|taken|anything back|progress|status|avance|что там|как там|raised|заяв|anyone|sent|waiting|ждут|ожида|pris|en est|партнерск|партнерк|рулит|к кому|partner center|partenaire|на мне|on me|sur moi|nobody|personne|passe|open|открыт|висит|ouvert|ждёт|ждет|join|rejoi|intégr|integr|присоедин|retir|looking at|working on|handling|s occupe|s'occupe|regarde|traite|pris en charge| one|celui|celle/i,
);

export function readOwnWords(raw: string, context: OwnWordsContext): OwnWordsRequest | undefined {
  const text = raw.replace(/<at>[^<]*<\/at>/gi, ' ').trim();
  if (!text || text.length > 600) return undefined;
  const norm = normalizeText(text);
  if (!context.inTicketThread && !TRIGGER.test(norm)) return undefined;
  const form = ` ${tokenize(norm).join(' ')} `;
  const howTo = HOW_TO.test(form);

  // The organization's IDs typed with their names, and a verb of saving or activating.
  const accessId = idAfter(text, ACCESS_ID_NAMES);
  const contractId = idAfter(text, CONTRACT_ID_NAMES);
  if (accessId && contractId && !howTo) return { kind: 'saveIds', accessId, contractId };
  const pair = unnamedIdsIn(text, form);
  if (pair && !howTo) return { kind: 'saveIds', ...pair };

  // A role given or taken: an Entra object id, a role and a verb.
  const guid = GUID.exec(text)?.[1]?.toLowerCase();
  if (guid) {
    const role = ROLE_NAMES.find(([re]) => re.test(form))?.[1];
    const revoke = REVOKE.test(form);
    if (role && (revoke || GRANT.test(form))) return { kind: 'role', grant: !revoke, role, aadObjectId: guid };
  }
  // A role given to someone by name: "give Priya Sharma the helpdesk role", "выдай Алексу роль хелпдеска".
  if (ROLE_WORD.test(form)) {
    const role = ROLE_NAMES.find(([re]) => re.test(form))?.[1];
    const revoke = REVOKE.test(form);
    const personName = role ? nameForRoleChange(text) : undefined;
    if (role && personName && (revoke || GRANT.test(form))) return { kind: 'role', grant: !revoke, role, personName };
  }

  // Joining or leaving the helpdesk, said of a named person: "Priya wanted Alex Kim to join the helpdesk", "Dana
  // shouldn't be on the helpdesk any more, take the role off her", "Алекс теперь в хелпдеске", "retire Dana du support".
  // "put Alex on the helpdesk", "добавить Alex Kim в хелпдеск", "mets Alex au support": the one named in between.
  const placed = PLACED_ON_HELPDESK.exec(text);
  if (placed && !NOT_A_NAME.test(placed[2].split(/\s+/)[0]) && !REVOKE.test(form)) return { kind: 'role', grant: true, role: 'helpdesk', personName: placed[2] };
  const leaves = LEAVES_HELPDESK.exec(text);
  const joins = leaves ? null : JOINS_HELPDESK.exec(text);
  const moved = leaves ?? joins;
  if (moved) {
    const personName = nameNearest(text, moved.index);
    if (personName) return { kind: 'role', grant: !leaves, role: 'helpdesk', personName };
  }

  // The helpdesk role described by what it lets a named person do: "set Alex Kim up so he can work tickets",
  // "сделай, чтобы Алекс Ким мог разбирать заявки", "permets à Alex Kim de traiter les tickets".
  if (!ROLE_WORD.test(form) && ENABLES.test(form) && WORKS_TICKETS.test(form) && !REVOKE.test(form)) {
    const personName = personNamedIn(text);
    if (personName) return { kind: 'role', grant: true, role: 'helpdesk', personName };
  }

  // "is anyone looking at my Exchange question?", "как там моя заявка про Exchange, ответили?": how my own stands, asked.
  if (/[?]/.test(text) && !howTo && (MY_THING.test(form) || MY_REQUESTS.test(form)) && (STATUS_ASKED.test(form) || BEING_HANDLED.test(form)) && !/[0-9#№]/.test(text)) return { kind: 'myTickets' };

  const numbers = standaloneNumbers(norm).filter((x) => !isProductNumber(x, norm));
  const longNumber = numbers.find((n) => n.length >= 6);
  // A long number to note down with a support type or a date ("5500001, облако, открыли в среду, внеси")
  // is a Microsoft case: tickets have small numbers.
  const caseTold = !!longNumber && RECORD_REQUEST.test(withoutPast(form)) && (!!supportTypeIn(form) || !!dateIn(norm, context.today).date);
  const caseNamed = CASE.test(form) || (LEDGER.test(form) && !!longNumber) || caseTold;
  const microsoft = MICROSOFT.test(form);
  const ticketNamed = TICKET.test(form);

  // A Microsoft case: recorded in the ledger, or removed from it.
  if ((caseNamed || microsoft) && !ticketNamed) {
    if (REMOVE.test(form) && (longNumber || caseNamed)) return { kind: 'removeCase', caseNumber: longNumber };
    // Without a number, only a request to record ("log the case", "запиши обращение"): "we added the contract for an
    // on-prem case" tells a story, not a request.
    const entitlementQuestion = COUNT_ASKED.test(form) && !longNumber;
    // "cloud case 12AB34, opened this morning": a case told with a number that is not one is still meant for the
    // ledger (told in the past too): one sentence saying what is wrong.
    const badToken = caseNamed && !longNumber && !entitlementQuestion && !howTo && RECORD.test(form) ? BAD_CASE_NUMBER.exec(text) : null;
    if (badToken) {
      const { date, bad } = dateIn(norm, context.today);
      return { kind: 'recordCase', caseNumber: undefined, supportType: supportTypeIn(form), openedOn: date, badDate: bad, badNumber: badToken[1] };
    }
    if (RECORD.test(form) && !entitlementQuestion && (longNumber || (caseNamed && !howTo && RECORD_REQUEST.test(withoutPast(form)) && !ERROR_TALK.test(form)))) {
      const { date, bad } = dateIn(norm, context.today);
      const request: OwnWordsRequest = { kind: 'recordCase', caseNumber: longNumber, supportType: supportTypeIn(form), openedOn: date, badDate: bad };
      if (!longNumber) {
        // "case ABC-123": a number that is not one.
        const after = BAD_CASE_NUMBER.exec(text);
        if (after) return { ...request, badNumber: after[1] };
        if (howTo) return undefined;
      }
      return request;
    }
  }

  const entitlementWords = ENTITLEMENT.test(form);
  // A small number alone with a verb for tickets ("le 3 n'est pas réglé, rouvre-le") is a ticket's number; never a
  // product's number or a year ("Office 365", "SQL Server 2019").
  const otherTakes = thirdPersonAssignee(text);
  const actsOnTicket = !!ticketActionIn(form) || !!otherTakes;
  const ticketNumber =
    ticketNumberIn(norm) ??
    ACTION_ON_NUMBER.exec(norm)?.[1] ?? (SHOW.test(form) || actsOnTicket ? (ordinalTicketIn(form) ?? bareOrdinalIn(form)) : undefined) ?? (ticketNamed || caseNamed || (actsOnTicket && !longNumber) ? numbers.find((n) => n.length <= 6 && !isACount(n, form)) : undefined);
  const n = ticketNumber !== undefined ? Number(ticketNumber) : undefined;
  // "give me any one", "возьму одну": a ticket not named yet (the handler asks which).
  const anyTicket = ANY_ONE.test(form);
  const aboutOne = ONE_ABOUT.test(form);
  const refersToTicket = ticketNamed || aboutOne || n !== undefined || PRONOUN.test(form) || anyTicket || !!context.inTicketThread;

  // In a ticket's thread, words to the requester ("Alex, please send me…", "можешь прислать…") are a reply.
  if (context.inTicketThread && context.threadReply && ADDRESSED.test(` ${text.toLowerCase()}`) && !howTo) return { kind: 'ticket', action: 'reply', reply: text };

  // "ce canal devient la file d'attente du helpdesk": this channel as the queue, though it names the queue.
  if (CHANNEL.test(form) && QUEUE_TARGET.test(form) && MAKE_QUEUE.test(form) && !howTo && n === undefined) return { kind: 'setQueue' };

  // "Which tickets are assigned to me?": a list asked for, not a ticket to take.
  const listAsked = n === undefined && ((QUEUE_WORD.test(form) && WHICH.test(form)) || (/[?]/.test(text) && (UNASSIGNED.test(form) || STILL_OPEN.test(form))));
  // Working a ticket. With the entitlement's words ("how fast does Microsoft respond on cloud tickets?", "combien de
  // tickets pour…") a ticket must be named by its number.
  // "забираю заявку Олега", "le ticket de Marc", "Priya's ticket": a ticket named by who asked it.
  const ticketOfPerson = TICKET_OF_PERSON.test(text) || ACTION_ON_NUMBER.test(norm);
  // "the Azure one", "ту заявку": a ticket pointed at, whatever entitlement words ("Azure", "cloud") its subject has.
  const explicitTicket = ticketOfPerson || aboutOne || THAT_TICKET.test(form) || (n !== undefined && (ticketNumberIn(norm) !== undefined || ordinalTicketIn(form) !== undefined || (actsOnTicket && bareOrdinalIn(form) !== undefined)));
  if (refersToTicket && !howTo && !listAsked && (!entitlementWords || explicitTicket || context.inTicketThread)) {
    const action = otherTakes && ticketActionIn(form) !== 'reply' ? 'assign' : ticketActionIn(form);
    if (action) {
      const request: OwnWordsRequest = {
        kind: 'ticket',
        action,
        ...(n !== undefined ? { number: n } : {}),
        // "open his ticket back up" after "Alex says…": the ticket of the one named, found as a pronoun's is.
        ...((!ticketNamed || (POSSESSIVE_TICKET.test(form) && personNamedIn(text) !== undefined)) && !aboutOne && n === undefined && !context.inTicketThread && !anyTicket ? { byPronoun: true } : {}),
      };
      if (action === 'reply') {
        const reply = replyTextIn(text);
        return reply ? { ...request, reply } : request;
      }
      if (action === 'assign') {
        // The name is matched with the helpdesk's roster by the handler (in any case and script); "to me" is taking it.
        const assignee = otherTakes ?? assigneeIn(text);
        return assignee ? { ...request, assignee } : TAKE.test(form) ? { ...request, action: 'assignSelf' } : request;
      }
      return request;
    }
  }

  if (context.inTicketThread && context.threadReply && !howTo) return { kind: 'ticket', action: 'reply', reply: text };

  if (NEWS_FOR_ME.test(form) && (SUPPORT_SIDE.test(form) || TICKET.test(form) || RAISED_BY_ME.test(form)) && n === undefined) return { kind: 'myTickets' };
  // "has anyone looked at the things I sent?", "où en est ma demande ?", "как там мой вопрос?"
  if (STATUS_ASKED.test(form) && MY_REQUESTS.test(form) && n === undefined && !howTo) return { kind: 'myTickets' };

  // Reading tickets. "What tickets do Gold partners get?" asks about Microsoft's incidents: the answers.
  const entitlement = ENTITLEMENT.test(form);
  // "переносим очередь сюда": the queue moved to this channel, before any reading of the queue's contents.
  if (n === undefined && !howTo && CHANNEL.test(form) && QUEUE_TARGET.test(form) && MAKE_QUEUE.test(form) && MOVES_HERE.test(form)) return { kind: 'setQueue' };
  if (ticketNamed || n !== undefined) {
    const filter = queueFilterIn(form);
    if (MY.test(form) && ticketNamed && !MINE_ASSIGNED.test(form)) return n !== undefined ? { kind: 'showTicket', number: n } : { kind: 'myTickets' };
    if (n !== undefined && (SHOW.test(form) || ticketNamed)) return { kind: 'showTicket', number: n };
    if (filter && !entitlement) return { kind: 'queue', filter };
    if (QUEUE_WORD.test(form) && (SHOW.test(form) || WHICH.test(form)) && !entitlement) return { kind: 'queue', filter: 'all' };
  } else if (MY_WORK.test(form) && !entitlement) {
    return { kind: 'queue', filter: 'mine' };
  } else if (QUEUE_WORD.test(form) && !entitlement) {
    const filter = queueFilterIn(form);
    if (filter) return { kind: 'queue', filter };
    if (SHOW.test(form) || WHICH.test(form)) return { kind: 'queue', filter: 'all' };
  } else if (!entitlement && (STILL_OPEN.test(form) || (HANDOVER.test(form) && WORK_LEFT.test(form) && !IDS_NAMED.test(form)))) {
    return { kind: 'queue', filter: queueFilterIn(form) ?? 'all' };
  } else if (!entitlement && TAKEN_BY_ME.test(form) && (WHICH.test(form) || SHOW.test(form) || /[?]/.test(text))) {
    return { kind: 'queue', filter: 'mine' };
  } else if (!entitlement && (UNASSIGNED.test(form) || WAITING_ON_REQUESTER.test(form)) && (WHICH.test(form) || SHOW.test(form) || /[?]/.test(text))) {
    return { kind: 'queue', filter: UNASSIGNED.test(form) ? 'unassigned' : 'waiting' };
  }

  return readOthers(form, howTo);
}

/** The requests that are not about a ticket or a case: the queue channel, the report, the admins, the profile. */
function readOthers(form: string, howTo: boolean): OwnWordsRequest | undefined {
  // This channel as the helpdesk queue.
  if (CHANNEL.test(form) && QUEUE_TARGET.test(form) && MAKE_QUEUE.test(form) && !howTo) return { kind: 'setQueue' };

  // The helpdesk report, asked for ("Power BI reports stopped refreshing" is a problem, not a request).
  // "how many tickets this week", "сколько заявок пришло в этом месяце?": the helpdesk's figures over a period.
  // (Counting words alone are not the entitlement's: "сколько заявок".)
  const periodFigures = PERIOD.test(form) && (TICKETS_COUNTED.test(form) || HELPDESK_NAMED.test(form)) && !ENTITLEMENT.test(form.replace(/ (how many|how much|сколько|скока|combien)(?= )/g, ' '));
  // "le bilan en CSV": the report named with its export is asked for.
  const reportAsked = REPORT.test(form) && !NOT_THE_REPORT.test(form) && (ASK_FOR.test(form) || CSV.test(form) || form.trim().split(' ').length <= 3);
  if (periodFigures || (reportAsked && !ENTITLEMENT.test(form))) {
    return { kind: 'report', csv: CSV.test(form) };
  }

  // Who the admins are; asking them to activate.
  if (ADMINS.test(form) && ASK.test(form) && ACTIVATE.test(form)) return { kind: 'askAdmin' };
  if (WHO_ARE_ADMINS.test(form) || (WHO_ON_HELPDESK.test(form) && !ABOUT_A_TICKET.test(form))) return { kind: 'whoAdmins' };

  // The partner profile.
  const tier = tierIn(form);
  const competencies = [...new Set(COMPETENCIES.filter(([re]) => re.test(form)).map(([, c]) => c))];
  const noCloud = NO_CLOUD_COMPETENCY.test(form);
  // A change asked of the bot ("update our profile: we're Gold now", "please set us to Silver"), not news told in a
  // conversation ("we have Security now, would that change it?").
  const setAsked = SET.test(form) && (PROFILE.test(form) || SET_REQUEST.test(form)) && !CHANGE_QUESTION.test(form);
  const news = (tier || competencies.length || noCloud) && (TIER_NEWS.test(form) || PROFILE.test(form)) && setAsked && !howTo && !/ (how many|сколько|combien) /.test(form) && !ASKS_A_PRICE.test(form);
  if (news) return { kind: 'setProfile', tier, competencies, other: noCloud && competencies.length === 0 };
  // "what's our membership?" asks for the profile; "if I got our membership right", "не знаю,
  // какой у нас уровень" tell that the person does not know it, around another question.
  // "what does the Gold membership cost?" asks a price, not the recorded profile.
  if (PROFILE.test(form) && !UNSURE.test(form) && !ERROR_TALK.test(form) && !/ (how many|сколько|скока|combien) /.test(form) && !ASKS_A_PRICE.test(form)) {
    if (SHOW.test(form) || WHO.test(form) || / (what|whats|which|how|какой|какое|что|как|quel|quelle|quoi|qu est ce|ce qu|ce que|comment) /.test(form)) return { kind: 'showProfile' };
  }
  return undefined;
}

/** "reply to 1:", "réponds au 1 :", "ответь на 2:": the number right after the verb is the ticket's. */
const ACTION_ON_NUMBER = /(?<![\p{L}])(?:reply to|answer|respond to|reponds? (?:au|a)|repondez (?:au|a)|ответь(?:те)? (?:на|по)|напиши(?:те)? (?:по|в))\s*(?:#|№|n°)?\s*(\d{1,6})(?![\d])/u;
const TICKET_OF_PERSON = /(?<![\p{L}])(заявк[а-яё]*|тикет[а-яё]*|обращени[а-яё]*)\s+(от\s+)?[А-ЯЁA-Z][\p{Ll}]+|(?<![\p{L}])(ticket|demande)\s+(d['’]|de\s+)[A-ZÀ-Ý][\p{Ll}]+|(?<![\p{L}])[A-Z][\p{Ll}]+['’]s\s+(ticket|request|question)/u;

/** "case ABC-123", "кейс 77156ОО": a case word, then a "number" with letters in it. */
const BAD_CASE_NUMBER = /(?:case|кейс|кеис|cas|dossier|обращени[а-я]*)(?:\s+(?:cloud|on-?prem\S*|облачн\S*|локальн\S*|sur site|numéro|numero|номер|number|n°|#|№))*\s*([\p{L}][\p{L}\d-]*\d[\p{L}\d-]*|\d+[\p{L}][\p{L}\d-]*|\d[\d-]*-[\p{L}][\p{L}\d-]*)/iu;

/** A count asked: "how many incidents can we log for a customer's case?" is a question, not a case to record. */
const COUNT_ASKED = words(/\b(how many|how much|сколько|скока|combien|nombre d|number of)\b/);
/** Words of the entitlement questions: "tickets" there are Microsoft's incidents. */
const ENTITLEMENT = words(/\b(how many|how much|сколько|скока|combien|gold|silver|action pack|on prem[a-z]*|onprem[a-z]*|on premises|cloud|облачн[а-я]*|облак[а-я]*|локальн[а-я]*|signature|premier|azure|incidents?|инцидент[а-я]*|nombre d)\b/);
/** Words to a person: a name and a comma first, or "you" in each language. */
const ADDRESSED = /^\s*[\p{Lu}][\p{L}-]+,|(?<![\p{L}])(you|your|тебе|тебя|ты|вам|вас|вы|ваш[а-я]*|tu|te|toi|vous|votre|vos)(?![\p{L}])/u;
const ANY_ONE = words(/\b(one|one of them|одну|одну из них|l un d eux|l une d elles|un des tickets|un ticket)\b/);
const MINE_ASSIGNED = words(/\b(assigned to me|on me|on my plate|назначенные на меня|мне назначен[а-я]*|на мне|qui me sont|m ont ete)\b/);
const WHICH = words(/\b(which|what|what s|whats|any|list|что|qu est ce qui|какие|что|есть ли|quels|quelles|liste|y a t il)\b/);

function queueFilterIn(form: string): QueueFilter | undefined {
  if (UNASSIGNED.test(form)) return 'unassigned';
  if (WAITING.test(form)) return 'waiting';
  if (OLD.test(form)) return 'old';
  if (MINE.test(form)) return 'mine';
  return undefined;
}

function ticketActionIn(form: string): TicketAction | undefined {
  if (REOPEN.test(form)) return 'reopen';
  if (REPLY.test(form)) return 'reply';
  // "close it, it's fixed": closing is asked (a ticket not yet resolved is resolved on the way).
  if (CLOSE.test(form)) return 'close';
  if (RESOLVE.test(form)) return 'resolve';
  if (TAKE.test(form)) return 'assignSelf';
  if (ASSIGN.test(form)) return 'assign';
  return undefined;
}

// ---- A ticket named by what it is about -------------------------------------------------------------

/** Words that say which ticket without saying what it is about ("the … one", "заявку про …", "celui sur …"). */
const NOT_CONTENT = new Set(
  [
    'ticket', 'tickets', 'request', 'requests', 'one', 'ones', 'question', 'issue', 'problem', 'take', 'close', 'resolve', 'resolved', 'reopen',
    'give', 'hand', 'assign', 'mark', 'sorted', 'fixed', 'done', 'mine', 'that', 'this', 'the', 'about', 'with', 'from', 'over',
    'заявк', 'заявка', 'заявку', 'заявки', 'тикет', 'тикета', 'вопрос', 'вопросу', 'беру', 'возьму', 'закрой', 'закрыть', 'реши', 'про', 'по', 'на', 'эту', 'этот',
    'demande', 'demandes', 'celui', 'celle', 'prends', 'prend', 'ferme', 'fermer', 'sur', 'pour', 'avec', 'le', 'la', 'les',
  ].map(normalizeText),
);
/** The verbs of the requests themselves ("назначь на меня" is no ticket about licences being "назначаются"). */
const ACTION_WORD =
  /^(назнач|возьм|взя|бер[уе]|забер|закр|реш|ответ|перед|отда|откр|переоткр|верн|одн[уаи]|друг|prend|pris|attrib|ferm|resol|resou|regl|donn|confi|rouvr|reouv|autre|envoy|repond|assign|take|took|grab|clos|resolv|reopen|mark|give|hand|pass|answer|repl|send|other|sort|fix)/;
let contentStopwords: ReadonlySet<string> | undefined;

function contentKeys(text: string): Set<string> {
  contentStopwords ??= new Set([...stopwordsOf('en'), ...stopwordsOf('ru'), ...stopwordsOf('fr')]);
  const stop = contentStopwords;
  return new Set([
    ...tokenize(normalizeText(text))
      .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !stop.has(w) && !NOT_CONTENT.has(w) && !ACTION_WORD.test(w))
      .map((w) => w.slice(0, 5)),
    // Products by the product lexicon, whatever the script: "с интюном" names the Intune ticket.
    ...productsNamed(text).map((p) => `product:${p}`),
  ]);
}

function productsNamed(text: string): string[] {
  const { slots, mentions } = readSlots(prepareText(text).words);
  return mentions.products ?? (slots.product ? [slots.product] : []);
}

/**
 * The one ticket a message names by what it is about ("I will grab the Teams calling one", "возьму заявку про SharePoint", "ferme celui
 * sur Azure"): the ticket whose question shares the most of the message's content words (stems), when exactly one
 * shares more than every other. Undefined when none does, or two tie.
 */
export function ticketByContent(text: string, tickets: ReadonlyArray<{ number: number; question: string }>): number | undefined {
  const said = contentKeys(text);
  if (said.size === 0 || tickets.length === 0) return undefined;
  const scored = tickets
    .map((t) => {
      const keys = contentKeys(t.question);
      return { number: t.number, hits: [...said].filter((k) => keys.has(k)).length };
    })
    .sort((a, b) => b.hits - a.hits);
  const [best, next] = scored;
  return best.hits > 0 && (!next || best.hits > next.hits) ? best.number : undefined;
}
