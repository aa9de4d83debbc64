import type { answers as en } from '../en/answers';

/**
 * Réponses rédigées par nous ; noms, nombres et libellés à l’écran viennent du catalogue.
 * \u00a0 = espace insécable (avant « : ; ? » et dans les guillemets).
 */
export const answers: Record<keyof typeof en, string> = {
  'answers.incidentCount.one': '{count} incident',
  'answers.incidentCount.few': '{count} incidents',
  'answers.incidentCount.many': '{count} incidents',
  'answers.incidentCount.other': '{count} incidents',

  'answers.who.actionPack': 'les membres {actionPack}',
  'answers.who.silver': 'les partenaires ayant une compétence {silver}',
  'answers.who.gold': 'les partenaires ayant une compétence {gold}',

  'answers.alias.onPremises': 'Microsoft appelle désormais cet avantage {onPremisesCurrent}.',
  'answers.alias.cloud': 'Microsoft appelle désormais cet avantage {cloudCurrent}.',
  'answers.alias.both': '{onPremises} s’appelle désormais {onPremisesCurrent}, et {cloud} est devenu {cloudCurrent}.',
  'answers.activateFirst': 'L’avantage doit être activé dans l’Espace partenaires avant toute utilisation.',
  'answers.idsFirstTime':
    'L’{accessId} et le {contractId} ne sont demandés que la première fois que vous utilisez l’avantage avec chaque compte.',

  'answers.link.technicalBenefits': 'Ouvrir «\u00a0{technicalBenefits}\u00a0»',
  'answers.link.dashboard': 'Tableau de bord de l’Espace partenaires',
  'answers.link.supportForBusiness': 'Ouvrir {supportForBusiness}',
  'answers.link.remainingKb': 'Incidents restants\u00a0: article',
  'answers.link.n1': 'Produits locaux pris en charge',
  'answers.link.cspCustomers': 'Ouvrir «\u00a0{customers}\u00a0»',
  'answers.link.tpd': 'En savoir plus sur TPD',
  'answers.link.comparePlans': 'Comparer les plans de support',

  'answers.incidents.title.onPremises': '{tier}\u00a0: {onPremises}',
  'answers.incidents.title.cloud': '{tier}\u00a0: {cloud}',
  'answers.incidents.fixedByTier':
    '{Who} disposent de {incidents} {onPremises} pour les versions récentes des produits locaux.',
  'answers.incidents.actionPackNoCloud':
    '{Who} n’ont pas accès à {cloud}\u00a0: {actionPack} comprend uniquement {onPremises} pour les produits locaux ({incidents}).',
  'answers.incidents.cloudNamed':
    '{competency} est une compétence cloud\u00a0: {who} disposent donc d’incidents {cloud} illimités.',
  'answers.incidents.cloudKind': 'Avec une compétence cloud, {who} disposent d’incidents {cloud} illimités.',
  'answers.incidents.otherNamed':
    'Cette compétence ne fait pas partie des compétences cloud\u00a0: {who} disposent donc de {incidents} {cloud}.',
  'answers.incidents.otherKind':
    'Avec une compétence qui n’est pas une compétence cloud, {who} disposent de {incidents} {cloud}.',
  'answers.incidents.cloudBoth':
    '{Who} disposent d’incidents {cloud} illimités avec une compétence cloud, et de {incidents} avec toute autre compétence.',
  'answers.incidents.pack':
    'Microsoft appelle cette dotation le {pack} ({packCompetency}). Une fois ses incidents épuisés, le contrat est masqué comme non valide et il faut un nouveau plan de support pour obtenir d’autres incidents Azure.',
  'answers.incidents.whereOnPremises': 'Ces demandes se créent dans {supportForBusiness}.',
  'answers.incidents.whereCloud':
    'Ils s’utilisent dans le portail Azure\u00a0: «\u00a0{helpAndSupport}\u00a0» → «\u00a0{supportPlans}\u00a0» → «\u00a0{linkSupportBenefits}\u00a0».',
  'answers.incidents.paidForCloud':
    'Pour les produits cloud, Microsoft propose des plans de support payants réservés aux partenaires.',

  'answers.table.title': 'Incidents de support technique par niveau d’adhésion',
  'answers.table.summary':
    '{onPremises}\u00a0: {actionPack} {actionPackOnPremises}, {silver} {silverOnPremises}, {gold} {goldOnPremises}. {cloud}\u00a0: illimité avec une compétence cloud\u00a0; avec une autre compétence, {silver} {silverOther} et {gold} {goldOther}\u00a0; non inclus dans {actionPack}.',
  'answers.table.corner': 'Support technique',
  'answers.table.note.onPremises': 'Versions récentes des produits locaux uniquement',
  'answers.table.note.cloudCompetencies': 'Produits cloud uniquement, compétences cloud',
  'answers.table.note.otherCompetencies': 'Produits cloud uniquement, autres compétences',
  'answers.table.unlimited': 'Illimité',
  'answers.table.notIncluded': 'Non inclus',
  'answers.table.yourCase': 'Votre cas',
  'answers.table.cloudList': 'Compétences cloud\u00a0: {list}.',

  'answers.cloudCompetencies.title': 'Compétences cloud',
  'answers.cloudCompetencies.summary':
    'Les {count} compétences cloud sont {list}. Avec l’une d’elles, les partenaires {silver} et {gold} disposent d’incidents {cloud} illimités.',
  'answers.cloudCompetencies.other':
    'Toute autre compétence donne {silverOther} ({silver}) ou {goldOther} ({gold}) {cloud}.',
  'answers.cloudCompetencies.packs':
    'Ces dotations sont le {pack5} ({pack5Competency}) et le {pack10} ({pack10Competency}). Lorsqu’un pack n’a plus d’incidents ou que le contrat expire, le contrat est masqué comme non valide et il faut un nouveau plan de support.',
  'answers.cloudCompetencies.actionPack': '{actionPack} n’inclut pas {cloud}.',

  'answers.activation.title': 'Activer vos avantages techniques',
  'answers.activation.summary':
    'Les avantages doivent être activés avant utilisation, par une personne ayant le rôle {globalAdmin} ou {mpnPartnerAdmin}\u00a0: dans l’Espace partenaires, ouvrez «\u00a0{benefits}\u00a0» → «\u00a0{technicalBenefits}\u00a0» et sélectionnez «\u00a0{activate}\u00a0».',
  'answers.activation.step.signIn':
    'Connectez-vous au tableau de bord de l’Espace partenaires avec un compte associé à MPN.',
  'answers.activation.step.open':
    'Dans le menu de gauche, développez «\u00a0{benefits}\u00a0» et sélectionnez «\u00a0{technicalBenefits}\u00a0». La page liste les avantages de support de votre adhésion {gold}, {silver} ou {actionPack}.',
  'answers.activation.step.activate':
    'Sélectionnez «\u00a0{activate}\u00a0». Le compte utilisé doit avoir le rôle {globalAdmin} ou {mpnPartnerAdmin}.',
  'answers.activation.step.ids':
    'Une fois l’activation réussie, l’{accessId} et le {contractId} s’affichent pour tous les utilisateurs, et l’avantage est utilisable.',

  'answers.ids.title': '{accessId} et {contractId}',
  'answers.ids.summary':
    'Après l’activation, l’{accessId} et le {contractId} s’affichent pour tous les utilisateurs sur la page «\u00a0{technicalBenefits}\u00a0». Ils ne sont demandés que la première fois que vous utilisez l’avantage avec chaque compte.',
  'answers.ids.associated':
    'Une fois l’avantage associé à votre compte, vous n’avez plus à les saisir\u00a0: l’association dure jusqu’à l’expiration de l’avantage ou l’épuisement des incidents.',
  'answers.ids.notShown': 'Aucun identifiant sur la page\u00a0? L’avantage n’a pas encore été activé.',
  'answers.ids.anyAccount':
    'Pour les produits locaux, n’importe quel compte utilisateur (AAD ou MSA) peut utiliser l’avantage avec ces deux identifiants.',

  'answers.errorNotAuthorized.title': 'Espace partenaires\u00a0: accès refusé',
  'answers.errorNotAuthorized.summary':
    '«\u00a0{errorNotAuthorized}\u00a0» signifie que le compte utilisé est associé uniquement au CSP, pas à MPN. Connectez-vous à l’Espace partenaires avec un compte associé à MPN.',
  'answers.errorNotAuthorized.why':
    'Les avantages techniques font partie de l’adhésion MPN\u00a0: pour les consulter et les activer, il faut un compte associé à MPN.',

  'answers.errorNoBenefits.title': 'Espace partenaires\u00a0: aucun avantage affiché',
  'answers.errorNoBenefits.summary':
    '«\u00a0{errorNoBenefits}\u00a0» signifie que votre entreprise n’a aucune offre d’adhésion active ou, si elle en a, que vous êtes connecté avec le mauvais compte.',
  'answers.errorNoBenefits.switch': 'Pour vérifier le compte utilisé et en changer\u00a0:',
  'answers.errorNoBenefits.step.account': 'Sélectionnez l’icône «\u00a0{account}\u00a0» en haut à droite de la page.',
  'answers.errorNoBenefits.step.switch':
    'Sélectionnez «\u00a0{signInWithAnotherAccount}\u00a0» et connectez-vous avec le compte associé à l’adhésion MPN de votre entreprise.',

  'answers.onPremisesRequest.title': 'Demande de support pour un produit local',
  'answers.onPremisesRequest.summary':
    'Les demandes de support pour les produits locaux se créent dans {supportForBusiness}. N’importe quel compte utilisateur (AAD ou MSA) peut le faire avec l’{accessId} et le {contractId}.',
  'answers.onPremisesRequest.scope': '{onPremises} couvre les versions récentes des produits locaux.',
  'answers.onPremisesRequest.firstTime':
    'Saisissez l’{accessId} et le {contractId} la première fois\u00a0; l’avantage reste ensuite associé à votre compte jusqu’à son expiration ou l’épuisement des incidents.',

  'answers.incidentsRemaining.title': 'Combien d’incidents restent',
  'answers.incidentsRemaining.summary':
    'Seul {supportForBusiness} indique le nombre d’incidents restants\u00a0; les portails cloud (Azure, LCS et autres) ne l’affichent pas. Commencez-y une demande pour un produit local sans l’envoyer\u00a0: la deuxième étape affiche votre contrat et ses incidents restants.',
  'answers.incidentsRemaining.step.open':
    'Ouvrez {supportForBusiness}, sélectionnez {windows10} et saisissez des informations fictives\u00a0: vous n’enverrez pas la demande.',
  'answers.incidentsRemaining.step.contract':
    'À la deuxième étape, repérez le contrat «\u00a0{partnerSupport}\u00a0»\u00a0: il indique la date de début, la date de fin et les incidents restants.',
  'answers.incidentsRemaining.notAssociated':
    'Aucun contrat affiché\u00a0? Développez «\u00a0{doYouNeedToPurchase}\u00a0», sélectionnez «\u00a0{addContract}\u00a0» et saisissez votre {accessId} et votre {contractId}.',
  'answers.incidentsRemaining.signature':
    'Pour les informations {partnerSignature}, développez «\u00a0{unavailablePlans}\u00a0». {partnerSupport} n’y figure que si le contrat a expiré, n’a plus d’incidents, ou si vous avez choisi un ancien produit local.',

  'answers.cloudRequest.title': 'Demande de support cloud dans Azure',
  'answers.cloudRequest.summary':
    'Pour les produits cloud, ouvrez le portail Azure, sélectionnez «\u00a0{helpAndSupport}\u00a0» → «\u00a0{supportPlans}\u00a0» → «\u00a0{linkSupportBenefits}\u00a0» et saisissez votre {accessId} et votre {contractId}.',
  'answers.cloudRequest.step.help': 'Dans le portail Azure, sélectionnez «\u00a0{helpAndSupport}\u00a0».',
  'answers.cloudRequest.step.link':
    'Sélectionnez «\u00a0{supportPlans}\u00a0», puis «\u00a0{linkSupportBenefits}\u00a0».',
  'answers.cloudRequest.step.ids': 'Saisissez votre {accessId} et votre {contractId}.',
  'answers.cloudRequest.step.create': 'Créez votre demande avec «\u00a0{newSupportRequest}\u00a0».',
  'answers.cloudRequest.who':
    '{cloud} concerne les produits cloud et accompagne les compétences {silver} et {gold}. {actionPack} n’inclut pas de support cloud, seulement {onPremises} pour les produits locaux.',
  'answers.cloudRequest.once':
    'Un contrat ne s’associe qu’une fois à un compte. S’il l’est déjà (par exemple, ajouté pour le support local), passez cette étape et allez directement à «\u00a0{newSupportRequest}\u00a0».',

  'answers.errorAccessIdAssociated.title': 'Azure\u00a0: {accessId} déjà associé',
  'answers.errorAccessIdAssociated.summary':
    'Azure affiche «\u00a0{errorAccessIdAssociated}\u00a0» quand un contrat de support est associé une deuxième fois à un compte. L’article de Microsoft précise que ce message d’erreur n’est pas valide et doit être ignoré. Si le contrat a déjà été associé, utilisez «\u00a0{newSupportRequest}\u00a0»\u00a0; s’il a expiré ou n’a plus d’incidents, il vous faut un nouveau plan de support.',
  'answers.errorAccessIdAssociated.linked':
    'Le contrat est déjà associé, par exemple parce que vous l’avez ajouté pour le support local. Une seule association suffit\u00a0: ignorez «\u00a0{linkSupportBenefits}\u00a0», sélectionnez «\u00a0{newSupportRequest}\u00a0» et créez l’incident normalement\u00a0; le plan de support s’affiche.',
  'answers.errorAccessIdAssociated.invalid':
    'Le contrat a expiré, ou le {pack10} ({pack10Competency}) ou le {pack5} ({pack5Competency}) n’a plus d’incidents. Le contrat est alors masqué comme non valide, et l’associer de nouveau produit la même erreur. Achetez un nouveau plan de support pour obtenir des incidents de support Azure.',

  'answers.csp.title': 'Demandes de support des partenaires CSP',
  'answers.csp.summary':
    'Les partenaires CSP qui créent des demandes Azure peuvent utiliser le plan de support «\u00a0{cspPlan}\u00a0» sans ajouter de contrat. Les utilisateurs ayant le rôle {adminAgent} peuvent aussi passer par l’Espace partenaires\u00a0: «\u00a0{customers}\u00a0» → «\u00a0{serviceManagement}\u00a0» → «\u00a0{newRequest}\u00a0».',
  'answers.csp.step.customers':
    'Dans l’Espace partenaires, sous CSP dans le menu de gauche, sélectionnez «\u00a0{customers}\u00a0».',
  'answers.csp.step.request': 'Sélectionnez «\u00a0{serviceManagement}\u00a0», puis «\u00a0{newRequest}\u00a0».',
  'answers.csp.step.workload':
    'Choisissez la charge de travail\u00a0: son portail de support s’ouvre, vous y ajoutez un contrat de support et créez la demande.',

  'answers.paidPlans.title': 'Plans de support payants pour les partenaires',
  'answers.paidPlans.summary':
    'Microsoft vend des plans de support aux partenaires\u00a0: {premier} est son plus haut niveau de support technique, et {advanced} couvre uniquement les produits cloud.',
  'answers.paidPlans.options':
    'Les plans payants comprennent le support technique et un éventail d’options de service supplémentaires.',
  'answers.paidPlans.whenNeeded':
    'Un nouveau plan est aussi le moyen d’obtenir d’autres incidents Azure quand un pack Signature est épuisé ou que votre contrat a expiré.',

  'answers.tpd.summary':
    '{tpd} est le deuxième avantage technique de la page «\u00a0{technicalBenefits}\u00a0», à côté des incidents de support technique.',
  'answers.tpd.scope':
    'Je réponds aux questions sur les incidents de support\u00a0; pour le contenu de TPD, consultez la page Microsoft sur les avantages techniques.',

  'answers.coverage.title': 'Ce que couvre le support technique',
  'answers.coverage.summary':
    'Le support technique aide à résoudre un problème précis, un message d’erreur ou une fonctionnalité qui ne fonctionne pas comme prévu.',
  'answers.coverage.products':
    'Utilisez {onPremises} pour les versions récentes des produits locaux et {cloud} pour les produits cloud.',

  'answers.q.incidents.title': 'Incidents par niveau',
  'answers.q.incidents.query': 'Combien d’incidents de support avons-nous avec notre compétence\u00a0?',
  'answers.q.cloudCompetencies.title': 'Compétences cloud',
  'answers.q.cloudCompetencies.query': 'Quelles compétences sont des compétences cloud\u00a0?',
  'answers.q.activation.title': 'Activer les avantages',
  'answers.q.activation.query': 'Comment activer nos avantages de support technique\u00a0?',
  'answers.q.ids.title': '{accessId} et {contractId}',
  'answers.q.ids.query': 'Où trouver l’{accessId} et le {contractId}\u00a0?',
  'answers.q.errorNotAuthorized.title': 'Erreur «\u00a0non autorisé\u00a0»',
  'answers.q.errorNotAuthorized.query': 'L’Espace partenaires affiche «\u00a0{errorNotAuthorized}\u00a0»',
  'answers.q.errorNoBenefits.title': 'Aucun avantage',
  'answers.q.errorNoBenefits.query': 'L’Espace partenaires affiche «\u00a0{errorNoBenefits}\u00a0»',
  'answers.q.onPremisesRequest.title': 'Produit local',
  'answers.q.onPremisesRequest.query': 'Comment ouvrir une demande de support pour un produit local\u00a0?',
  'answers.q.incidentsRemaining.title': 'Incidents restants',
  'answers.q.incidentsRemaining.query': 'Comment savoir combien d’incidents de support il nous reste\u00a0?',
  'answers.q.cloudRequest.title': 'Demande dans Azure',
  'answers.q.cloudRequest.query': 'Comment utiliser notre avantage de support dans le portail Azure\u00a0?',
  'answers.q.errorAccessIdAssociated.title': 'Erreur {accessId} Azure',
  'answers.q.errorAccessIdAssociated.query': 'Azure indique que l’{accessId} est déjà associé à un compte',
  'answers.q.csp.title': 'Partenaires CSP',
  'answers.q.csp.query': 'Comment un partenaire CSP crée-t-il une demande de support\u00a0?',
  'answers.q.paidPlans.title': 'Plans payants',
  'answers.q.paidPlans.query': 'Quels plans de support payants existent pour les partenaires\u00a0?',
  'answers.q.tpd.title': 'Services TPD',
  'answers.q.tpd.query': 'Qu’est-ce que {tpd}\u00a0?',
  'answers.q.coverage.title': 'Ce que couvre le support',
  'answers.q.coverage.query': 'Que couvre le support technique\u00a0?',
  'answers.link.article':
    'Lire l’article',
  'answers.troubleshooter.fixFor':
    'C’est la solution au message «\u00a0{quote}\u00a0».',
  'answers.troubleshooter.askFor':
    'La solution au message «\u00a0{quote}\u00a0» en dépend.',
  'answers.troubleshooter.unsure': 'Vous ne savez pas quel est votre cas ? Ce n’est pas grave : voici ce que le message signifie dans chaque cas. Si vous ne pouvez toujours pas trancher, demandez au support interne, qui vérifiera avec vous.',
  'answers.errorAccessIdAssociated.ask':
    'Quel est votre cas\u00a0: avez-vous déjà associé ce contrat au compte (avec «\u00a0{linkSupportBenefits}\u00a0»), ou a-t-il expiré ou épuisé ses incidents\u00a0?',
  'answers.errorAccessIdAssociated.choose.linkedBefore':
    'Déjà associé avant',
  'answers.errorAccessIdAssociated.choose.invalid':
    'Expiré ou plus d’incidents',
  'answers.errorAccessIdAssociated.fix.linkedBefore':
    'Votre contrat est déjà associé à ce compte, ignorez donc le message\u00a0: passez «\u00a0{linkSupportBenefits}\u00a0», sélectionnez «\u00a0{newSupportRequest}\u00a0» et créez l’incident comme d’habitude\u00a0; votre plan de support y est affiché.',
  'answers.errorAccessIdAssociated.fix.invalid':
    'Votre contrat n’est plus valide (il a expiré, ou son pack Signature n’a plus d’incidents)\u00a0: achetez un nouveau plan de support pour obtenir des incidents de support Azure.',
  'answers.errorNotAuthorized.ask':
    'Le compte avec lequel vous êtes connecté est-il associé uniquement au CSP, et non au MPN\u00a0?',
  'answers.errorNotAuthorized.choose.cspOnly':
    'Oui, un compte CSP seulement',
  'answers.errorNotAuthorized.choose.mpnAccount':
    'Non, il est associé au MPN',
  'answers.errorNotAuthorized.fix.cspOnly':
    'Votre compte est associé uniquement au CSP, d’où le message\u00a0: connectez-vous à l’Espace partenaires avec un compte associé au MPN.',
  'answers.errorNotAuthorized.fix.mpnAccount':
    'L’article ne donne qu’une cause à «\u00a0{errorNotAuthorized}\u00a0», un compte associé uniquement au CSP, et ne dit rien d’un compte MPN qui reçoit ce message.',
  'answers.errorNotAuthorized.roles':
    'L’activation des avantages demande le rôle {globalAdmin} ou {mpnPartnerAdmin}\u00a0: demandez à un collègue qui a l’un de ces rôles de vérifier votre compte, ou au support de votre organisation.',
  'answers.errorNoBenefits.ask':
    'Votre entreprise a-t-elle une adhésion {gold}, {silver} ou {actionPack} active\u00a0?',
  'answers.errorNoBenefits.choose.wrongAccount':
    'Oui, elle est active',
  'answers.errorNoBenefits.choose.noMembership':
    'Non, ou je ne sais pas',
  'answers.errorNoBenefits.fix.wrongAccount':
    'Votre entreprise a une adhésion active, vous êtes donc connecté avec le mauvais compte\u00a0: sélectionnez «\u00a0{account}\u00a0», puis «\u00a0{signInWithAnotherAccount}\u00a0», et connectez-vous avec le compte associé à l’adhésion MPN de votre entreprise.',
  'answers.errorNoBenefits.fix.noMembership':
    'Sans offre d’adhésion {gold}, {silver} ou {actionPack} active, l’Espace partenaires n’a aucun avantage technique à afficher.',
  'answers.errorNoBenefits.notSaid':
    'L’article ne dit pas comment renouveler une adhésion\u00a0: vérifiez votre adhésion dans l’Espace partenaires, ou demandez au support de votre organisation.',
  'answers.errorNoBenefits.ifActive':
    'Si l’adhésion de votre entreprise est active, vous êtes connecté avec le mauvais compte. Pour en changer\u00a0:',
  'answers.notInArticle.responseTime':
    'L’article ne précise pas en combien de temps Microsoft répond à un incident de support, quelle que soit sa gravité : il ne donne aucun délai ni niveau de service.',
  'answers.notInArticle.benefitPrice':
    'L’article ne donne aucun prix : ni pour l’adhésion ou son renouvellement, ni pour les avantages de support. Il dit seulement que lorsqu’un pack Signature est épuisé ou que le contrat a expiré, il faut acheter un nouveau plan de support.',
  'answers.notInArticle.incidentPrice':
    'L’article ne précise pas le prix d’un incident supplémentaire : il ne donne aucun prix. Quand un pack Signature est épuisé, il indique d’acheter un nouveau plan de support.',
  'answers.notInArticle.azureCredits':
    'L’article ne mentionne ni crédits Azure ni aucun montant : les avantages techniques qu’il décrit sont les incidents de support et {tpd}.',
  'answers.notInArticle.where.responseTime':
    'Les pages de support partenaire de Microsoft décrivent les plans payants ; le support de votre organisation connaît peut-être les conditions qui s’appliquent à vous.',
  'answers.notInArticle.where.incidentPrice':
    'Comparez les plans de support partenaire payants sur les pages de Microsoft, ou demandez au support de votre organisation.',
  'answers.notInArticle.supportHours':
    'L’article ne précise pas quand le support partenaire de Microsoft est disponible (horaires, week-ends, jours fériés) : il ne donne aucun horaire.',
  'answers.notInArticle.contractTerm':
    'L’article ne précise pas la durée d’un contrat de support, ni si les incidents non utilisés sont reportés sur une autre période : il ne donne pas ces conditions.',
  'answers.notInArticle.where.supportHours':
    'Les pages du support partenaire de Microsoft décrivent les plans payants ; le support de votre organisation sait peut-être quand le support vous est accessible.',
  'answers.notInArticle.where.contractTerm':
    'Consultez la page « {technicalBenefits} » de l’Espace partenaires, ou demandez au support de votre organisation.',
  'answers.notInArticle.where.azureCredits':
    'Consultez la page « {technicalBenefits} » de l’Espace partenaires, ou demandez au support de votre organisation.',
  'answers.n1.versioned':
    '{onPremises} ne couvre que les versions récentes des produits locaux : vérifiez que {product} figure toujours dans la liste {url} avant d’y consacrer un incident.',
  'answers.notInArticle.title':
    'Absent de l’article source',
  'answers.notInArticle.tpdHours':
    'L’article ne dit pas combien d’heures de {tpd} vous avez\u00a0; il cite seulement TPD comme deuxième avantage technique.',
  'answers.notInArticle.phoneNumber':
    'L’article ne donne aucun numéro de téléphone pour le support partenaire\u00a0: les demandes de support s’y ouvrent en ligne.',
  'answers.notInArticle.planPrice':
    'L’article ne donne pas les prix de {premier} ni de {advanced}\u00a0; les pages de support partenaire de Microsoft comparent les plans.',
  'answers.notInArticle.solutionsPartner':
    'L’article ne dit rien des désignations Solutions Partner, qui relèvent du programme partenaire plus récent de Microsoft\u00a0: il ne donne des incidents que pour les adhésions {actionPack}, {silver} et {gold}.',
  'answers.notInArticle.where.tpdHours':
    'Consultez la page de Microsoft sur les avantages techniques et la page «\u00a0{technicalBenefits}\u00a0» de l’Espace partenaires, ou demandez au support de votre organisation.',
  'answers.notInArticle.where.phoneNumber':
    'Pour les produits locaux, la demande s’ouvre dans {supportForBusiness}\u00a0; pour les produits cloud, dans le portail Azure sous «\u00a0{helpAndSupport}\u00a0». Le support de votre organisation en sait peut-être plus.',
  'answers.notInArticle.where.solutionsPartner':
    'Vérifiez ce que comprend votre désignation sur la page «\u00a0{technicalBenefits}\u00a0» de l’Espace partenaires, ou demandez au support de votre organisation.',
  'answers.actionPackCloud.title':
    '{actionPack} et support cloud',
  'answers.actionPackCloud.summary':
    '{actionPack} ne comprend pas {cloud}, donc ni Azure ni les autres produits cloud\u00a0: il inclut seulement {onPremises} pour les produits locaux ({incidents}).',
  'answers.actionPackCloud.article':
    'L’article liste ce que comprend {actionPack}\u00a0: vérifiez-le avant d’ouvrir une demande cloud.',
  'answers.helpdesk.button':
    'Demander au support interne',
  'answers.multi.tier': '{Who} : {parts}.',
  'answers.multi.onPremises': '{incidents} de {onPremises} (produits locaux récents)',
  'answers.multi.cloudNone': 'pas de {cloud} (les produits cloud ne sont pas inclus)',
  'answers.multi.cloudNamed': 'des incidents {cloud} illimités, car {competency} est une compétence cloud',
  'answers.multi.cloudKind': 'des incidents {cloud} illimités avec une compétence cloud',
  'answers.multi.otherNamed': '{incidents} de {cloud}, car cette compétence n’est pas une compétence cloud',
  'answers.multi.otherKind': '{incidents} de {cloud} avec une compétence qui n’est pas une compétence cloud',
  'answers.multi.cloudBoth': '{cloud} : incidents illimités avec une compétence cloud, {incidents} avec toute autre compétence',
};
