/**
 * "I want a person": asking for a human, the helpdesk or a ticket, or saying the bot does not help, in en, ru
 * and fr, anywhere in a message ("ok thanks. can I talk to someone?"). A lexicon by meaning (who is asked for,
 * the verbs that ask, the ways of saying "no help"), not a list of sentences. Asking how to open a request with
 * Microsoft ("how do I open a ticket for Azure") is not asking for the helpdesk: that stays with the answers.
 */

function normalized(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’`]/g, "'")
    // "из нашей поддержки" is "из поддержки": whose support does not change the request.
    .replace(/(?<![а-я])(наш|нашей|нашего|нашу|наша|наши|наших|нашим|нашими|свой|своей|своего|свою|своих)\s+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Microsoft's own support, named after a ticket word: a question for the answers, not a request for the helpdesk. */
const MICROSOFT_SIDE = /^\s*(microsoft|майкрософт|azure)|^\s*(for|with|on|about|in|at|to|через|в|на|для|по|chez|avec|sur|dans|pour|aupr[eè]s|de|du|d')\s*([^\s.?!,]+\s+){0,2}(microsoft|майкрософт|azure|аж[уy]р|office|m365|microsoft 365|support for business|partner center|premier|advanced|signature|exchange|sql|windows|sharepoint|dynamics|teams)/;

const EN: readonly RegExp[] = [
  // "can someone take a look?", "could somebody check this": a person asked to look at it
  /\b(can|could|would|will)\s+(someone|somebody|anyone|a person|a human)\s+(please\s+)?(look|take a look|have a look|check|help|look into|handle)\b/,
  // Wished for rather than asked: "would be great if someone could look at this", "I'd appreciate it if one of you checked".
  /\b(great|nice|good|helpful|appreciate it|appreciated|grateful|love it)\s+if\s+(someone|somebody|anyone|one of you|a person|a human|you guys|support|the helpdesk)\s+(could|can|would|will|might)?\s*(please\s+)?(look|take a look|have a look|check|help|looked|checked|look into|handle|helped)\b/,
  // "I need another ticket", "one more ticket please"
  /\b(another|one more|a second|a new|new)\s+(ticket|helpdesk ticket|support ticket)\b/,
  // talk / speak / chat ... to / with ... a person
  /\b(talk|speak|chat|connect|put|transfer|hand|pass|get|escalate|forward|send)\b[^.?!]{0,25}\b(to|with)\s+((a|an|some|the|our|my|your|real|actual|live|proper|human|support|it)\s+)*(human|humans|person|people|someone|somebody|agent|operator|helpdesk|help desk|service desk|support (team|staff|person|engineer|folks|guys)|it (team|support|guys)|colleague|expert|specialist)\b/,
  /\b(real|actual|live|proper)\s+(human|person|people|agent|being)\b/,
  // "I need the helpdesk for this one", "we want someone from IT"
  /\b(i|we)\s+(really\s+)?(need|want|would like|d like)\s+(to\s+(reach|contact|ask|involve)\s+)?(the\s+|our\s+|a\s+|an\s+)?(helpdesk|help desk|service desk|support team|it team|human|person|real person)\b/,
  /\b(discuss|go over|go through|talk through|raise|check)\b[^.?!]{0,30}\bwith\s+(someone|somebody|a person|a human|people|an expert|a specialist|the helpdesk|your helpdesk|our helpdesk|support)\b/,
  /\b(get|find|bring|fetch|give)\s+me\s+(someone|somebody|a person|a human|an agent|an expert|the helpdesk|support)\b/,
  /\b(someone|somebody|a person|a human|people|anyone)\s+(from|at|in|on)\s+(the\s+|your\s+|our\s+)?(helpdesk|help desk|service desk|support|it|support team)\b/,
  /\bticket\s+with\s+(someone|somebody|a person|a human|the helpdesk|our helpdesk|support)\b/,
  // "open a ticket for our IT team", "a request with the helpdesk"
  /\b(ticket|request)\s+(with|for|to)\s+(our|the|my)\s+(own\s+|internal\s+|in-house\s+)?(support|helpdesk|help desk|service desk|it)\b/,
  /\b(a|an|some)\s+human\b/,
  // The helpdesk asked to act on it: "let the helpdesk look at it", "have support check it", "the helpdesk should take this".
  /\b(let|have|get)\s+(the\s+|our\s+|your\s+|my\s+)?(helpdesk|help desk|service desk|support team|support|it team|it support|someone|somebody|a person|a human|an expert|a specialist)\s+(please\s+)?(look|take a look|have a look|check|handle|deal with|review|investigate)\b/,
  /\b(helpdesk|help desk|service desk|support team|it team)\s+(should|could|can|must|needs to|need to|has to|ought to)\s+(please\s+)?(look|take a look|have a look|check|handle|deal with|sort|review|investigate|take)\b/,
  /\bescalat(e|ion|ing)\b/,
  // "pass my question on to them", "forward this question to your colleagues"
  /\b(pass|forward|send|hand|relay)\s+(my|this|the|our)\s+(question|request|query)\s+(on|along|over|to)\b/,
  /\b(check|confirm|verify)\s+(it\s+|this\s+|that\s+)?with\s+(the\s+|our\s+|your\s+)?(colleagues|people|folks|team)\s+(from|at|in|on)\s+(the\s+|our\s+)?(helpdesk|help desk|service desk|support|it)\b/,
  /\b(ask|contact|reach|ping|message|involve|loop in)\s+(the\s+|our\s+|my\s+|your\s+)?(helpdesk|help desk|service desk|support team|it team|it support)\b/,
  // "this doesn't help", "you're not helping", "not helpful", "useless"
  /\b(this|that|it|you|bot|answer|answers|thing)\s*('s|'re| is| are| was)?\s+(not|n't|does not|doesn't|did not|didn't|do not|don't|isn't|aren't|wasn't)\s+(really\s+|very\s+)?(help|helping|helpful|useful)\b/,
  /\b(not|no|un)\s*helpful\b|\bno help\b|\buseless\b|\bhelps? nothing\b|\bnot getting anywhere\b/,
  /\bdoesn'?t (really |quite )?help\b|\bdid ?n'?t (really )?help\b|\bnot (really )?helping\b|\bdoes not (really )?help\b|\bisn'?t (really )?help(ful|ing)\b/,
];

const RU: readonly RegExp[] = [
  // "кто-нибудь может посмотреть?", "пусть кто-то глянет", "пусть займётся кто-нибудь из поддержки"
  /(кто-нибудь|кто-то|кто нибудь|кто то)\s+([а-я]+\s+)?(посмотр|глян|помо|разбер|займ)[а-я]*/,
  /(занял|занялась|посмотрел|посмотрела|глянул|глянула|помог|помогла|разобрался|разобралась)[а-я]*\s+(бы\s+)?(кто-нибудь|кто-то|кто нибудь|кто то|коллег[а-я]*|специалист[а-я]*)/,
  /(кто-нибудь|кто-то|кто нибудь|кто то|кого-нибудь|кого-то)\s+из\s+([а-я]+\s+){0,2}(в\s+)?(хелпдеск|поддержк|техподдержк|саппорт|ит|it)/,
  // "нужна ещё одна заявка", "создай новую заявку"
  /(ещ[её]\s+одн[а-я]*|ещ[её]|новую|новая|другую)\s+(заявк|тикет)[а-я]*/,
  /(жив|реальн|настоящ|нормальн)[а-я]*\s+(человек|оператор|сотрудник|специалист|люд|консультант)/,
  /(кто-то|кого-то|кто-нибудь|кого-нибудь|кто то|кого то)\s+(живой|живого|из\s+(поддержк|хелпдеск|техподдержк|айти|it))/,
  /(поговорить|поговорю|пообщаться|говорить|связаться|связь|связать|свяжи|соедини|переключи|позови|позвать|передай|передать|перевести|переведи)[а-я]*[\s,]+([а-я-]+[\s,]+){0,4}(с\s+|на\s+|в\s+)?(человек|оператор|хелпдеск|helpdesk|специалист|сотрудник|поддержк|консультант|служб[а-я]* поддержки|ребят[а-я]* из|айтишник)/,
  /(нуж[а-я]*|хочу|дайте|дай)\s+([а-я]+\s+){0,2}(человек|оператор|хелпдеск|специалист|сотрудник|консультант)/,
  /(бот|ты|вы|это|он|ответ)?\s*(мне\s+)?(ничем\s+)?не\s+(особо\s+|очень\s+|сильно\s+|совсем\s+|особенно\s+|слишком\s+)?(помога|помог|помож)[а-я]*/,
  /бесполезн|толку\s+нет|без\s+толку/,
  /(с|со)\s+(живым\s+|реальным\s+|настоящим\s+)?(человеком|оператором|специалистом|сотрудником|консультантом|кем-нибудь|кем-то|кем нибудь|кем то)\s+([а-я]+\s+)?(поговорить|пообщаться|связаться|обсудить|переговорить)/,
  /(кем|кого|кому)[- ]?(то|нибудь)\s+из\s+([а-я]+\s+)?(хелпдеск|поддержк|служб[а-я]* поддержки|техподдержк|it|ит)/,
  /(обсудить|разобрать|обговорить)[^.?!]{0,30}\s(с|со)\s+(кем|человеком|специалистом|сотрудником|вашей|вашим|службой|хелпдеск|поддержкой)/,
  // The helpdesk asked to act on it: "пусть хелпдеск посмотрит", "поддержка пусть разберётся", "пусть посмотрят специалисты".
  /пусть\s+([а-я-]+\s+){0,2}(хелпдеск|helpdesk|поддержк|техподдержк|специалист|айтишник|it|ит|коллег|люди|человек|админ)[а-я]*(\s+[а-я]+){0,2}\s+(посмотр|глян|разбер|займ|провер|реша|решит|реши|смотр)[а-я]*/,
  /(хелпдеск|helpdesk|поддержк|техподдержк|специалист|айтишник)[а-я]*\s+(пусть|пускай|должн[а-я]*|мо[жг][а-я]*)\s+([а-я]+\s+)?(посмотр|глян|разбер|займ|провер|реш|смотр)[а-я]*/,
  /(пусть|пускай)\s+(посмотр|глян|разбер|займ|провер)[а-я]*\s+([а-я]+\s+){0,2}(хелпдеск|helpdesk|поддержк|техподдержк|специалист|айтишник|люди|человек|коллег)/,
  // "передайте им мой вопрос", "перешлите вопрос в поддержку", "уточню у коллег из хелпдеска".
  /(передай|передайте|перешли|перешлите|отправь|отправьте|переадресуй|переадресуйте)[\s,]+([а-я]+[\s,]+){0,3}(мо[йе]|этот|наш)?\s*(вопрос|запрос|обращение)/,
  /(уточн|спрош|спрос|посоветую|проконсультиру|свер)[а-я]*\s+([а-я]+\s+){0,2}у\s+(коллег|ребят|специалист|сотрудник|людей)[а-я]*\s+из\s+(хелпдеск|helpdesk|поддержк|техподдержк|it|ит|айти)/,
  /эскалир|(спросить|написать|обратиться|пожаловаться)\s+(в\s+)?(наш[а-я]*\s+)?хелпдеск/,
];

const FR: readonly RegExp[] = [
  // Wished for: "ce serait bien que quelqu'un regarde ça", "j'aimerais bien que quelqu'un s'en occupe".
  /(bien|super|top|génial|genial|utile|aimerais|aimerions|voudrais|souhaiterais)\s+(bien\s+)?(que|qu')\s*(quelqu'un|une personne|le support|le helpdesk)\s+(regarde|jette|s'en occupe|s'occupe|m'aide|nous aide|vérifie|verifie|se penche)/,
  // "quelqu'un pourrait jeter un œil ?", "quelqu'un du support pour m'aider"
  /(?<![a-zà-ÿ])quelqu'un\s+(peut|pourrait|pourra|peut-il|pourrait-il|de chez vous peut)?\s*(regarder|jeter un|s'en occuper|m'aider|voir [çc]a|se pencher)/,
  /(?<![a-zà-ÿ])quelqu'un\s+(de|du|d')\s*(notre |votre |l'|la |le )?(helpdesk|help desk|support|assistance|service|équipe|equipe|informatique|it)(?![a-zà-ÿ])/,
  // "il me faudrait un autre ticket", "un nouveau ticket"
  /(?<![a-zà-ÿ])(un autre|une autre|un nouveau|une nouvelle|encore un|encore une)\s+(ticket|demande au support|demande au helpdesk)\b/,
  /(?<![a-zà-ÿ])(vrai|vraie|v[ée]ritable|r[ée]el|r[ée]elle)s?\s+(humain|personne|conseiller|agent|gens)|\bun humain\b|\b[êe]tre humain\b|\bune personne (r[ée]elle|physique)\b/,
  /(?<![a-zà-ÿ])(parler|discuter|[ée]changer|passer)\s+(à|a|avec)\s+(quelqu'un|qqn|un humain|une personne|un conseiller|un agent|un op[ée]rateur|un technicien|le support|au support|l'assistance|le helpdesk|mon support|notre support|un coll[èe]gue)/,
  /\bparler au (support|helpdesk|service)\b/,
  // "j'ai besoin du helpdesk", "je voudrais quelqu'un du support"
  /(?<![a-zà-ÿ])(besoin|veux|voudrais|aimerais)\s+(d'|de |du |de l')?\s*(un |une )?(humain|helpdesk|help desk|support interne|service desk|technicien|conseiller)\b/,
  // "tu peux me passer le support interne ?", "je préfère voir avec le helpdesk"
  /(?<![a-zà-ÿ])me (passer|mettre en relation avec|rediriger vers) (le |la |l'|un |une |quelqu'un)\s*(du |de l')?(support|helpdesk|help desk|assistance|service|conseiller|technicien|humain|quelqu)/,
  /(?<![a-zà-ÿ])(voir|r[ée]gler|traiter|discuter) (ça |ca |cela |ceci )?(directement )?avec (le |la |notre |mon |nos |l')\s*(helpdesk|help desk|support|service desk|assistance|informaticiens|dsi|it)\b/,
  // "passez-moi le helpdesk", "mettez-moi en relation avec le support", "je veux quelqu'un du support"
  /(?<![a-zà-ÿ])(passe[sz]?|passer|mets|mettez|mettre|redirige[sz]?|orientez|oriente)[- ](moi|nous)\s+(le |la |l'|un |une |au |à |a |en (relation|contact) avec (le |la |l'|un |une |quelqu'un)?\s*)?(helpdesk|help desk|support|assistance|humain|conseiller|technicien|agent|quelqu'un|op[ée]rateur|service)/,
  /(?<![a-zà-ÿ])(discuter|voir|[ée]changer|parler)\s+(de [a-zé]+ |en )?(avec|à|a)\s+(quelqu'un|qqn|une personne|un humain|un conseiller)/,
  // The helpdesk asked to act on it: "que le helpdesk regarde", "le support peut s'en occuper", "laissez le support vérifier".
  /(?<![a-zà-ÿ])(que|qu')\s*(le |la |l'|notre |votre |nos |les |un |une )?(helpdesk|help desk|support|assistance|service desk|[ée]quipe|informaticiens|technicien|coll[èe]gue|quelqu'un|humain|expert|sp[ée]cialiste)s?\s+([a-zà-ÿ]+\s+)?(regarde|regardent|voie|voient|v[ée]rifie|v[ée]rifient|s'en occupe|s'en occupent|s'occupe|jette|jettent|se penche|traite|traitent|reprenne|prenne)/,
  /(?<![a-zà-ÿ])(le |la |l'|notre |votre )(helpdesk|help desk|support|assistance|service desk|[ée]quipe support)\s+(peut|pourrait|doit|devrait|va)\s+(regarder|s'en occuper|v[ée]rifier|jeter|se pencher|traiter|prendre)/,
  /(?<![a-zà-ÿ])(laisse|laissez)[- ](le |la |l'|notre )?(helpdesk|help desk|support|assistance|quelqu'un|un humain|[ée]quipe)\s+(regarder|s'en occuper|v[ée]rifier|jeter|se pencher|traiter|g[ée]rer)/,
  // "transmettez-leur ma question", "faites suivre ma question au support"
  /(?<![a-zà-ÿ])(transmet[a-z]*|faites suivre|fais suivre|relaie[sz]?|relayez)[- ]?(leur |lui |moi )?\s*(ma|cette|notre|la)\s+(question|demande)/,
  /\bquelqu'un (du|de l'|de la|au)\s*(support|helpdesk|assistance|[ée]quipe|service)/,
  /(?<![a-zà-ÿ])(ça|ca|cela|tu|vous|le bot|ce bot|ta r[ée]ponse|votre r[ée]ponse)\s+(ne\s+)?(m'|nous\s+)?(aide|aides|aidez|sert|avance)\s+(pas|à rien|a rien|en rien)|\bn'aide (pas|en rien)\b|\bpas (tr[èe]s\s+)?(utile|d'aide)\b|\binutile\b/,
  /(?<![a-zà-ÿ])(transf[ée]r|transmet|escalad|remont|pass|envoy)[a-zé]*\s+([a-zé']+\s+){0,3}(au|à|a|vers)\s+((notre|mon|le|la|l')\s*)?(support|helpdesk|assistance|un humain|quelqu'un|un coll[èe]gue)/,
  /(?<![a-zà-ÿ])(contacter|joindre|demander au|demander à|[ée]crire au|pr[ée]venir)\s+(le |au |l'|la )?(helpdesk|help desk|support interne|assistance interne|service desk)\b|(?<![a-zà-ÿ])(contacter|joindre|demander à|[ée]crire à)\s+(notre|mon|nos)\s+(support|helpdesk|assistance|informaticiens)\b/,
];

/**
 * Asking for a ticket to be made: only as a request ("open a ticket for me"), never as a how-to question ("how
 * do I open a ticket", "как открыть заявку", "comment ouvrir un ticket"), which is about Microsoft's support.
 */
const TICKET_REQUEST: readonly RegExp[] = [
  /\b(can you|could you|would you|please|pls|i want you to|i'd like you to|i need you to|go ahead and)\s+(just\s+)?(open|create|raise|file|log|submit|make)\s+(me\s+|us\s+)?(a|an|one)\s+(new\s+)?(helpdesk\s+|internal\s+|support\s+)?ticket\b/,
  /\b(open|create|raise|file|log|submit|make)\s+(me|us)\s+(a|an|one)\s+(new\s+)?ticket\b|\b(open|create|raise|file|log)\s+(a|an|one)\s+(new\s+)?ticket\s+for\s+(me|us)\b/,
  // Imperatives only ("заведите", "откройте"): "открытие тикетов", "как открыть заявку" are questions.
  /(созда|откро|завед|оформ|сдела)(йте|й|ите|и)[\s,]+([а-я]+[\s,]+){0,2}(заявк|тикет)[а-я]*/,
  /(нужно|надо|хочу|можете|можешь|прошу)\s+(мне\s+)?(создать|открыть|завести|оформить)\s+(мне\s+)?(заявк|тикет)[а-я]*/,
  // Imperatives with a ticket for the helpdesk: "just raise a ticket then", "давайте лучше заявку в хелпдеск",
  // "ouvrez plutôt un ticket au support" (with Microsoft or for Azure is a how-to: MICROSOFT_SIDE).
  /(^|[.!?,;:]\s*|\b(just|then|so|rather|instead|ok|okay|pls|please|better)\s+)(open|create|raise|file|log|submit|make)\s+(a|an|one)\s+(new\s+)?(helpdesk\s+|internal\s+|it\s+)?ticket\b/,
  /\bticket\s+(to|for|with|in)\s+(the\s+|our\s+|my\s+)?(helpdesk|help desk|service desk|it team|it support|support team)\b/,
  /(заявк|тикет)[а-я]*\s+(в|на|для)\s+(наш[а-я]*\s+)?(хелпдеск|helpdesk|айти|it)(?![a-zа-я])/,
  /(давай|давайте)\s+(лучше\s+|просто\s+|уж\s+)?(создадим\s+|оформим\s+|заведем\s+|откроем\s+)?((заявк|тикет)[а-я]*\s+(в|на|для)\s+(хелпдеск|helpdesk|поддержк|айти|it)|(живого\s+)?(человек|оператор|специалист)[а-я]*)(?![а-я])/,
  /(?<![a-zà-ÿ])(ouvre|ouvrez|cr[ée]e|cr[ée]ez|fais|faites|lance|lancez|passe|passez)[- ]((moi|nous|plut[oô]t|donc|juste|simplement|alors)[- ]+)*(un|une)\s+(ticket|demande)\s+(au|[àa] l'|[àa] la|pour le|chez le|vers le)\s*(support|helpdesk|help desk|assistance|service|informatique|dsi|it)\b/,
  /\b(un|une)\s+(ticket|demande)\s+(au|pour le|chez le|vers le)\s+(support|helpdesk|help desk|service desk)\s+(interne|informatique)\b/,
  /(?<![a-zà-ÿ])(pouvez-vous|peux-tu|pourriez-vous|tu peux|vous pouvez|merci de|je veux|je voudrais|j'aimerais|svp|s'il vous pla[iî]t)\s+(me\s+|nous\s+)?(cr[ée]er|ouvrir|faire)\s+(un\s+)?ticket\b|(?<![a-zà-ÿ])(cr[ée]e|cr[ée]ez|ouvre|ouvrez|fais|faites)[- ](moi|nous)\s+un\s+ticket\b/,
];
/** A how-to question just before the words ("how do we open a ticket", "как связаться с поддержкой"). */
const HOW_TO_BEFORE = /(?<![a-zа-яà-ÿ])(how|where|steps to|как|где|каким образом|comment|o[uù]|[ée]tapes pour|proc[ée]dure pour)(?![a-zа-яà-ÿ])[^.?!]{0,20}$/;
/** For ticket words also a question of possibility ("can we open a ticket…", "peut-on ouvrir un ticket…"). */
const CAN_BEFORE = /(?<![a-zа-яà-ÿ])(can i|can we|could i|could we|можно|можем|peut-on|puis-je|pouvons-nous|est-ce que (je|j'|on|nous) (peu|pourr))[^.?!]{0,20}$/;

/** True when the message asks for a person, the helpdesk or a ticket, or says the bot does not help. */
/** Words at least one of the patterns needs: most messages have none, and skip the patterns at once. */
const TRIGGER = /human|person|кто-нибудь|кто-то|кто нибудь|кто то|people|someone|somebody|anyone|help|desk|support|ticket|escalat|useless|agent|operator|expert|specialist|colleague|человек|люд|оператор|специалист|сотрудник|консультант|хелпдеск|поддержк|саппорт|заявк|тикет|помог|помож|толку|бесполезн|кем|кого|эскалир|humain|personne|quelqu|qqn|conseiller|technicien|aide|utile|assistance|transf|escalad|remont|envoy|discut|parler|[ée]chang|one of you|que quelqu|let |have |пусть|пускай|laisse|передай|перешли|отправь|переадрес|уточн|спрос|спрош|посовету|проконсульт|свер|pass|forward|send|hand|relay|check|confirm|verify|transmet|suivre|relai|relay/;

/**
 * A question about who the bot is ("are you a real person?", "ты вообще кто такой?", "vous êtes un robot ?"): asked
 * of the bot, not a request for a person.
 */
const WHO_YOU_ARE: readonly RegExp[] = [
  /\b(are you|r u|is this|am i (talking|chatting|speaking) (to|with))\s+(just\s+)?(a|an)?\s*(real|actual|live)?\s*(person|human|bot|robot|machine|ai|chatbot|people)\b/,
  /\bwho (are you|am i talking to)\b|\bwhat are you\b/,
  /\bwho (built|made|created|wrote|developed|programmed|trained) you\b|\b(what|which) languages? (do|can) you (speak|know|understand|use)\b|\bdo you speak\b/,
  /кто (тебя|вас) (сделал|создал|написал|разработал|придумал|обучил)|на каких языках (ты|вы)|как(ие|ой) язык[а-я]* (ты|вы) (знаешь|знаете|понимаешь|понимаете|говоришь|говорите)|(ты|вы) (говоришь|говорите|понимаешь|понимаете) по-/,
  /(?<![a-zà-ÿ])qui (t'a|vous a) (créé|cree|fait|développé|developpe|conçu|concu|programmé|programme)|(tu parles|vous parlez|parlez-vous|parles-tu) (quelles|combien de) langues|quelles langues (parlez|parles|comprenez|comprends)|(parlez-vous|parles-tu|vous parlez|tu parles) (anglais|russe|français|francais)/,
  /(?<![а-я])(ты|вы)\s+(вообще\s+|правда\s+|случайно\s+)?(кто(\s+так[а-я]+)?|бот|робот|человек|живой|живая|нейросеть)(?![а-я])|(?<![а-я])кто\s+(ты|вы)(?![а-я])|(?<![а-я])это\s+(бот|робот)(?![а-я])|(?<![а-я])я\s+(говорю|общаюсь|переписываюсь)\s+с\s+(ботом|роботом|человеком)/,
  /(?<![a-zà-ÿ])(es-tu|êtes-vous|etes-vous|tu es|vous êtes|vous etes|c'est)\s+(un |une )?(vrai |vraie |réel |reel )?(bot|robot|humain|personne|ia|chatbot|machine)(?![a-zà-ÿ])|(?<![a-zà-ÿ])qui (es-tu|êtes-vous|etes-vous)(?![a-zà-ÿ])/,
];

const STATUS_OF_MINE: readonly RegExp[] = [
  /\b(get|got|gotten|getting) back to me\b|\b(answered|replied to|responded to|looked at) (me|my)\b|\bany (news|update|word) (on|about)\b/,
  /(мне|мой вопрос|мою заявку|моё обращение|мое обращение)\s+(кто-нибудь\s+|кто-то\s+)?(уже\s+)?(ответил|ответили|посмотрел|посмотрели)|ответил[а-я]*\s+(ли\s+)?(мне|на мой)|есть ли новости|(что|как)\s+(там\s+)?(с|по)\s+(моим|моей|моему)\s+(вопрос|заявк|обращени|тикет)/,
  /(m'a|m'ont|m’a|m’ont)\s+(déjà\s+|deja\s+)?(répondu|repondu)|des nouvelles (de|sur) (ma|mon)/,
  // "did anybody pick up the thing I sent them?", "du nouveau sur ce que j'ai envoyé au support ?", "что там с тем, что я
  // отправлял в поддержку?": news of something sent before, not a new request.
  /\b(thing|things|stuff|what|question|request|one) i (sent|raised|asked|filed|submitted)\b[^.!]*\?|\b(du nouveau|des nouvelles|ça avance|ca avance|quelqu'un a)\b[^.!?]*\bj['’]ai (envoyé|envoye|transmis|posé|pose|signalé|signale)|(что там|есть новости|кто-нибудь (ответил|посмотрел|взял))[^.!?]*(отправлял|отправил|отправляла|писал|писала)/,
];

export function asksWhoYouAre(raw: string): boolean {
  const text = normalized(raw);
  return text.length <= 200 && WHO_YOU_ARE.some((re) => re.test(text));
}

const GIVES_A_ROLE =
  /(?<![\p{L}])(give|grant|assign|add|make|appoint|дай|дайте|выдай|выдайте|назначь|назначьте|добавь|добавьте|сделай|donne|donnez|attribue|attribuez|accorde|accordez|ajoute|ajoutez|nomme|nommez)(?![\p{L}])([^.!?]{0,40})(?<![\p{L}])(role|roles|rôle|rôles|rights|permissions?|роль|роли|ролью|права|droits)(?![\p{L}])/u;

const AN_EXISTING_TICKET =
  /(?<![\p{L}])(this|that|the same) (ticket|request)|(ticket|request) (#|no\.? ?|number )?\d|(эт[уоа]|этот|ту же|тот же) (заявк|тикет)|(заявк|тикет)[а-я]* (№ ?|# ?)?\d|(?<![\p{L}])(ce|cette|le même|la même) (ticket|demande)|(ticket|demande) (n° ?|# ?)?\d|(?<![\p{L}])(reopen|re-open|rouvr\p{L}*|réouvr\p{L}*|переоткр\p{L}*)(?![\p{L}])|(ticket|заявк\p{L}*|тикет\p{L}*|demande)( \p{L}+){0,2} (again|снова|заново|повторно|à nouveau|de nouveau)(?![\p{L}])/u;

export function asksForPerson(raw: string): boolean {
  const text = normalized(raw);
  if (!text || text.length > 500 || !TRIGGER.test(text)) return false;
  if (asksWhoYouAre(raw)) return false;
  // "has support answered me yet?": how a request stands, not a new one.
  if (STATUS_OF_MINE.some((re) => re.test(text))) return false;
  // "give Alex the helpdesk role", "дай ему роль хелпдеска": a role for someone, not a person for me.
  if (GIVES_A_ROLE.test(text)) return false;
  // "reopen this ticket", "откройте эту заявку снова", "rouvre le ticket 2": a ticket that exists, not a new one.
  if (AN_EXISTING_TICKET.test(text)) return false;
  for (const re of [...EN, ...RU, ...FR, ...TICKET_REQUEST]) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    if (HOW_TO_BEFORE.test(before) || (TICKET_REQUEST.includes(re) && CAN_BEFORE.test(before))) continue;
    // "open a ticket with Microsoft", "contact support for Azure": how to reach Microsoft, not the helpdesk.
    if (MICROSOFT_SIDE.test(text.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}
