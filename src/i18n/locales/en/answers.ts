/**
 * Answers about the technical support benefit, in our own words. Names, numbers and on-screen labels are
 * {placeholders} filled from src/domain/catalog.ts (see src/answers/catalogParams.ts): never typed here.
 */
export const answers = {
  // Plural forms: every locale keeps all four keys; Intl.PluralRules picks one.
  'answers.incidentCount.one': '{count} incident',
  'answers.incidentCount.few': '{count} incidents',
  'answers.incidentCount.many': '{count} incidents',
  'answers.incidentCount.other': '{count} incidents',

  // Who gets the allowance: {Who} at the start of a sentence, {who} inside one.
  'answers.who.actionPack': '{actionPack} members',
  'answers.who.silver': '{silver} competency partners',
  'answers.who.gold': '{gold} competency partners',

  'answers.alias.onPremises': 'Microsoft now calls this benefit {onPremisesCurrent}.',
  'answers.alias.cloud': 'Microsoft now calls this benefit {cloudCurrent}.',
  'answers.alias.both': '{onPremises} is now called {onPremisesCurrent}, and {cloud} is now {cloudCurrent}.',
  'answers.activateFirst': 'The benefit has to be activated in Partner Center before anyone can use it.',
  'answers.idsFirstTime':
    'You need the {accessId} and {contractId} only the first time you use the benefit with each account.',

  'answers.link.technicalBenefits': 'Open “{technicalBenefits}”',
  'answers.link.dashboard': 'Partner Center dashboard',
  'answers.link.supportForBusiness': 'Open {supportForBusiness}',
  'answers.link.remainingKb': 'Incidents remaining: guide',
  'answers.link.n1': 'Supported on-premises products',
  'answers.link.cspCustomers': 'Open “{customers}”',
  'answers.link.tpd': 'About TPD',
  'answers.link.comparePlans': 'Compare support plans',

  // 1. Incidents per tier and support type
  'answers.incidents.title.onPremises': '{tier}: {onPremises}',
  'answers.incidents.title.cloud': '{tier}: {cloud}',
  'answers.incidents.fixedByTier': '{Who} get {incidents} of {onPremises} for recent on-premises products.',
  'answers.incidents.actionPackNoCloud':
    '{Who} get no {cloud}: {actionPack} includes only {onPremises} for on-premises products ({incidents}).',
  'answers.incidents.cloudNamed': '{competency} is a cloud competency, so {who} get unlimited {cloud} incidents.',
  'answers.incidents.cloudKind': 'With a cloud competency, {who} get unlimited {cloud} incidents.',
  'answers.incidents.otherNamed':
    'That competency is not one of the cloud competencies, so {who} get {incidents} of {cloud}.',
  'answers.incidents.otherKind': 'With a competency that is not a cloud competency, {who} get {incidents} of {cloud}.',
  'answers.incidents.cloudBoth':
    '{Who} get unlimited {cloud} incidents with a cloud competency, and {incidents} with any other competency.',
  'answers.incidents.pack':
    'Microsoft calls this allowance the {pack} ({packCompetency}). Once it has no incidents left, the contract is hidden as invalid and you need a new support plan to get more Azure incidents.',
  'answers.incidents.whereOnPremises': 'You open these requests in {supportForBusiness}.',
  'answers.incidents.whereCloud':
    'You use them in the Azure portal: “{helpAndSupport}” → “{supportPlans}” → “{linkSupportBenefits}”.',
  'answers.incidents.paidForCloud': 'For cloud products, Microsoft offers paid support plans for partners.',

  // The whole table
  'answers.table.title': 'Technical support incidents by membership',
  'answers.table.summary':
    '{onPremises}: {actionPack} {actionPackOnPremises}, {silver} {silverOnPremises}, {gold} {goldOnPremises}. {cloud}: unlimited with a cloud competency; with another competency {silver} {silverOther} and {gold} {goldOther}; not included in {actionPack}.',
  'answers.table.corner': 'Technical support',
  'answers.table.note.onPremises': 'Recent on-premises products only',
  'answers.table.note.cloudCompetencies': 'Cloud products only, cloud competencies',
  'answers.table.note.otherCompetencies': 'Cloud products only, other competencies',
  'answers.table.unlimited': 'Unlimited',
  'answers.table.notIncluded': 'Not included',
  'answers.table.yourCase': 'Your case',
  'answers.table.cloudList': 'Cloud competencies: {list}.',

  // 2. Cloud competencies and Signature packs
  'answers.cloudCompetencies.title': 'Cloud competencies',
  'answers.cloudCompetencies.summary':
    'The {count} cloud competencies are {list}. With any of them, {silver} and {gold} partners get unlimited {cloud} incidents.',
  'answers.cloudCompetencies.other':
    'Any other competency gives {silverOther} ({silver}) or {goldOther} ({gold}) of {cloud}.',
  'answers.cloudCompetencies.packs':
    'These allowances are the {pack5} ({pack5Competency}) and the {pack10} ({pack10Competency}). When a pack has no incidents left or the contract expires, the contract is hidden as invalid and you need a new support plan.',
  'answers.cloudCompetencies.actionPack': '{actionPack} does not include {cloud}.',

  // 3. Activation
  'answers.activation.title': 'Activate your technical benefits',
  'answers.activation.summary':
    'The benefits must be activated before use, by someone with the {globalAdmin} or {mpnPartnerAdmin} role: in Partner Center go to “{benefits}” → “{technicalBenefits}” and select “{activate}”.',
  'answers.activation.step.signIn': 'Sign in to the Partner Center dashboard with an account associated with MPN.',
  'answers.activation.step.open':
    'In the left menu, expand “{benefits}” and select “{technicalBenefits}”. The page lists the support benefits of your {gold}, {silver} or {actionPack} membership.',
  'answers.activation.step.activate':
    'Select “{activate}”. The account you use needs the {globalAdmin} or {mpnPartnerAdmin} role.',
  'answers.activation.step.ids':
    'Once activation succeeds, the {accessId} and {contractId} are shown to all users, and the benefit can be used.',

  // 4. Access ID and Contract ID
  'answers.ids.title': '{accessId} and {contractId}',
  'answers.ids.summary':
    'After activation, the {accessId} and {contractId} are shown to all users on the “{technicalBenefits}” page. You need them only the first time you use the benefit with each account.',
  'answers.ids.associated':
    'Once the benefit is associated with your account, you don’t enter them again: it stays associated until it expires or no incidents remain.',
  'answers.ids.notShown': 'No IDs on the page yet? Then the benefit has not been activated.',
  'answers.ids.anyAccount':
    'For on-premises products, any user account (AAD or MSA) can use the benefit with these two IDs.',

  // 5a. "You are not authorized for this action"
  'answers.errorNotAuthorized.title': 'Partner Center: not authorized',
  'answers.errorNotAuthorized.summary':
    '“{errorNotAuthorized}” means the account you signed in with is associated only with CSP, not with MPN. Sign in to Partner Center with an MPN-associated account.',
  'answers.errorNotAuthorized.why':
    'The technical benefits belong to the MPN membership, so viewing and activating them needs an account associated with MPN.',

  // 5b. "Looks like you don't have any benefits yet"
  'answers.errorNoBenefits.title': 'Partner Center: no benefits shown',
  'answers.errorNoBenefits.summary':
    '“{errorNoBenefits}” means your company has no active membership offers, or, if it does, that you signed in with the wrong account.',
  'answers.errorNoBenefits.switch': 'To check which account you are using and switch:',
  'answers.errorNoBenefits.step.account': 'Select the “{account}” icon at the top right of the page.',
  'answers.errorNoBenefits.step.switch':
    'Select “{signInWithAnotherAccount}” and sign in with the account associated with your company’s MPN membership.',

  // 6. On-premises requests
  'answers.onPremisesRequest.title': 'On-premises support request',
  'answers.onPremisesRequest.summary':
    'You create support requests for on-premises products in {supportForBusiness}. Any user account (AAD or MSA) can do it with the {accessId} and {contractId}.',
  'answers.onPremisesRequest.scope': '{onPremises} covers recent on-premises products.',
  'answers.onPremisesRequest.firstTime':
    'Enter the {accessId} and {contractId} the first time; the benefit then stays associated with your account until it expires or no incidents remain.',

  // 7. Incidents remaining
  'answers.incidentsRemaining.title': 'How many incidents are left',
  'answers.incidentsRemaining.summary':
    'Only {supportForBusiness} shows how many incidents remain; the cloud portals (Azure, LCS and others) don’t. Start an on-premises request there without submitting it, and its second step shows your contract with the incidents remaining.',
  'answers.incidentsRemaining.step.open':
    'Open {supportForBusiness}, select {windows10} and enter placeholder details: you won’t submit this request.',
  'answers.incidentsRemaining.step.contract':
    'On the second step, find the “{partnerSupport}” contract: it shows the start date, end date and incidents remaining.',
  'answers.incidentsRemaining.notAssociated':
    'No contract shown? Expand “{doYouNeedToPurchase}”, select “{addContract}” and enter your {accessId} and {contractId}.',
  'answers.incidentsRemaining.signature':
    'For {partnerSignature} information, expand “{unavailablePlans}”. {partnerSupport} is listed there only if the contract has expired, has no incidents left, or you picked an older on-premises product.',

  // 8. Cloud requests
  'answers.cloudRequest.title': 'Cloud support request in Azure',
  'answers.cloudRequest.summary':
    'For cloud products, open the Azure portal, select “{helpAndSupport}” → “{supportPlans}” → “{linkSupportBenefits}” and enter your {accessId} and {contractId}.',
  'answers.cloudRequest.step.help': 'In the Azure portal, select “{helpAndSupport}”.',
  'answers.cloudRequest.step.link': 'Select “{supportPlans}”, then “{linkSupportBenefits}”.',
  'answers.cloudRequest.step.ids': 'Enter your {accessId} and {contractId}.',
  'answers.cloudRequest.step.create': 'Create your request with “{newSupportRequest}”.',
  'answers.cloudRequest.who':
    '{cloud} is for cloud products and comes with {silver} and {gold} competencies. {actionPack} has no cloud support, only {onPremises} for on-premises products.',
  'answers.cloudRequest.once':
    'A contract is linked to an account only once. If it is already linked (for example, you added it for on-premises support), skip linking and go straight to “{newSupportRequest}”.',

  // 9. "This Access ID is already associated to an account"
  'answers.errorAccessIdAssociated.title': 'Azure: {accessId} already associated',
  'answers.errorAccessIdAssociated.summary':
    'Azure shows “{errorAccessIdAssociated}” when a support contract is linked to an account a second time. Microsoft’s article says this error message is invalid and should be ignored. If the contract was linked before, use “{newSupportRequest}”; if it has expired or run out of incidents, you need a new support plan.',
  'answers.errorAccessIdAssociated.linked':
    'The contract is already linked, for example because you added it earlier for on-premises support. A contract needs linking only once: skip “{linkSupportBenefits}”, select “{newSupportRequest}” and create the incident as usual; the support plan is displayed.',
  'answers.errorAccessIdAssociated.invalid':
    'The contract has expired, or the {pack10} ({pack10Competency}) or {pack5} ({pack5Competency}) has no incidents left. The contract is then hidden as invalid, and linking it again shows the same error. Buy a new support plan to get Azure support incidents.',

  // 10. CSP partners
  'answers.csp.title': 'Support requests for CSP partners',
  'answers.csp.summary':
    'CSP partners creating Azure requests can use the “{cspPlan}” support plan without adding a support contract. Users with the {adminAgent} role can also start in Partner Center: “{customers}” → “{serviceManagement}” → “{newRequest}”.',
  'answers.csp.step.customers': 'In Partner Center, under CSP in the left menu, select “{customers}”.',
  'answers.csp.step.request': 'Select “{serviceManagement}”, then “{newRequest}”.',
  'answers.csp.step.workload':
    'Choose the workload: its own support portal opens, where you add a support contract and create the request.',

  // 11. Paid plans
  'answers.paidPlans.title': 'Paid support plans for partners',
  'answers.paidPlans.summary':
    'Microsoft sells support plans for partners: {premier} is its top level of technical support, and {advanced} covers cloud products only.',
  'answers.paidPlans.options': 'Paid plans include technical support plus a range of extra service options.',
  'answers.paidPlans.whenNeeded':
    'A new plan is also how you get more Azure incidents once a Signature pack is used up or your contract has expired.',

  // 12. TPD
  'answers.tpd.summary':
    '{tpd} is the second technical benefit on the “{technicalBenefits}” page, next to the technical support incidents.',
  'answers.tpd.scope':
    'I answer questions about the support incidents; for what TPD includes, see Microsoft’s page on technical benefits.',

  // 13. What technical support covers
  'answers.coverage.title': 'What technical support covers',
  'answers.coverage.summary':
    'Technical support troubleshoots a specific problem, an error message, or functionality that isn’t working as expected.',
  'answers.coverage.products': 'Use {onPremises} for recent on-premises products and {cloud} for cloud products.',

  // Follow-up questions: a short button title and the question it sends (the recognizer must know it).
  'answers.q.incidents.title': 'Incidents per level',
  'answers.q.incidents.query': 'How many support incidents do we get with our competency?',
  'answers.q.cloudCompetencies.title': 'Cloud competencies',
  'answers.q.cloudCompetencies.query': 'Which competencies are cloud competencies?',
  'answers.q.activation.title': 'Activate benefits',
  'answers.q.activation.query': 'How do I activate our technical support benefits?',
  'answers.q.ids.title': '{accessId} and {contractId}',
  'answers.q.ids.query': 'Where do I find the {accessId} and {contractId}?',
  'answers.q.errorNotAuthorized.title': '“Not authorized” error',
  'answers.q.errorNotAuthorized.query': 'Partner Center says “{errorNotAuthorized}”',
  'answers.q.errorNoBenefits.title': '“No benefits yet”',
  'answers.q.errorNoBenefits.query': 'Partner Center says “{errorNoBenefits}”',
  'answers.q.onPremisesRequest.title': 'On-premises request',
  'answers.q.onPremisesRequest.query': 'How do I open a support request for an on-premises product?',
  'answers.q.incidentsRemaining.title': 'Incidents left',
  'answers.q.incidentsRemaining.query': 'How can I see how many support incidents we have left?',
  'answers.q.cloudRequest.title': 'Cloud request in Azure',
  'answers.q.cloudRequest.query': 'How do I use our support benefit in the Azure portal?',
  'answers.q.errorAccessIdAssociated.title': 'Azure {accessId} error',
  'answers.q.errorAccessIdAssociated.query': 'Azure says the {accessId} is already associated to an account',
  'answers.q.csp.title': 'CSP partners',
  'answers.q.csp.query': 'How do CSP partners create a support request?',
  'answers.q.paidPlans.title': 'Paid support plans',
  'answers.q.paidPlans.query': 'What paid support plans are there for partners?',
  'answers.q.tpd.title': 'Presales and deployment',
  'answers.q.tpd.query': 'What is {tpd}?',
  'answers.q.coverage.title': 'What support covers',
  'answers.q.coverage.query': 'What does technical support cover?',
  'answers.link.article':
    'Read the article',
  'answers.troubleshooter.fixFor':
    'This is the fix for “{quote}”.',
  'answers.troubleshooter.askFor':
    'I ask because the fix for “{quote}” depends on it.',
  'answers.troubleshooter.unsure': 'Not sure which case it is? That is fine: here is what the message means in each case. If you still cannot tell, ask the helpdesk and they will check it with you.',
  'answers.errorAccessIdAssociated.ask':
    'Which is your case: did you link this contract to the account before (with “{linkSupportBenefits}”), or has it expired or run out of incidents?',
  'answers.errorAccessIdAssociated.choose.linkedBefore':
    'I linked it before',
  'answers.errorAccessIdAssociated.choose.invalid':
    'Expired or out of incidents',
  'answers.errorAccessIdAssociated.fix.linkedBefore':
    'Your contract is already linked to this account, so ignore the message: skip “{linkSupportBenefits}”, select “{newSupportRequest}” and create the incident as usual; your support plan is shown there.',
  'answers.errorAccessIdAssociated.fix.invalid':
    'Your contract is no longer valid (it has expired, or its Signature pack has no incidents left): buy a new support plan to get Azure support incidents.',
  'answers.errorNotAuthorized.ask':
    'Is the account you signed in with associated only with CSP, not with MPN?',
  'answers.errorNotAuthorized.choose.cspOnly':
    'Yes, a CSP-only account',
  'answers.errorNotAuthorized.choose.mpnAccount':
    'No, it is associated with MPN',
  'answers.errorNotAuthorized.fix.cspOnly':
    'Your account is associated only with CSP, hence the message: sign in to Partner Center with an account associated with MPN.',
  'answers.errorNotAuthorized.fix.mpnAccount':
    'The article names only one cause for “{errorNotAuthorized}”, an account associated only with CSP, and says nothing about an MPN account getting it.',
  'answers.errorNotAuthorized.roles':
    'Activating the benefits needs the {globalAdmin} or {mpnPartnerAdmin} role: ask a colleague with one of these roles to check your account, or ask your helpdesk.',
  'answers.errorNoBenefits.ask':
    'Does your company have an active {gold}, {silver} or {actionPack} membership?',
  'answers.errorNoBenefits.choose.wrongAccount':
    'Yes, it is active',
  'answers.errorNoBenefits.choose.noMembership':
    'No, or I am not sure',
  'answers.errorNoBenefits.fix.wrongAccount':
    'Your company has an active membership, so you are signed in with the wrong account: select “{account}”, then “{signInWithAnotherAccount}”, and sign in with the account associated with your company’s MPN membership.',
  'answers.errorNoBenefits.fix.noMembership':
    'Without an active {gold}, {silver} or {actionPack} membership offer, Partner Center has no technical benefits to show.',
  'answers.errorNoBenefits.notSaid':
    'The article does not say how to renew a membership: check your membership in Partner Center, or ask your helpdesk.',
  'answers.errorNoBenefits.ifActive':
    'If your company’s membership is active, you are signed in with the wrong account. To switch:',
  'answers.notInArticle.responseTime':
    'The article does not say how fast Microsoft responds to a support incident, for any severity: it gives no response times or service levels.',
  'answers.notInArticle.benefitPrice':
    'The article gives no prices at all: not for the membership or its renewal, not for the support benefits. It only says that when a Signature pack is used up or the contract has expired, a new support plan must be bought.',
  'answers.notInArticle.incidentPrice':
    'The article does not say what an extra incident costs: it gives no prices. When a Signature pack is used up, it says to buy a new support plan.',
  'answers.notInArticle.azureCredits':
    'The article does not mention Azure credits or any amount of money: the technical benefits it describes are support incidents and {tpd}.',
  'answers.notInArticle.where.responseTime':
    'Microsoft’s partner support pages describe the paid plans; your helpdesk may know the terms that apply to you.',
  'answers.notInArticle.where.incidentPrice':
    'Compare the paid partner support plans on Microsoft’s pages, or ask your helpdesk.',
  'answers.notInArticle.supportHours':
    'The article does not say when Microsoft’s partner support is available (hours, weekends, holidays): it gives no support hours.',
  'answers.notInArticle.contractTerm':
    'The article does not say how long a support contract lasts, nor whether unused incidents carry over to another period: it gives no such terms.',
  'answers.notInArticle.where.supportHours':
    'Microsoft’s partner support pages describe the paid plans; your helpdesk may know when support is available to you.',
  'answers.notInArticle.where.contractTerm':
    'Check the “{technicalBenefits}” page in Partner Center, or ask your helpdesk.',
  'answers.notInArticle.where.azureCredits':
    'Check the “{technicalBenefits}” page in Partner Center, or ask your helpdesk.',
  'answers.n1.versioned':
    '{onPremises} covers recent on-premises products only: check that {product} is still on the list at {url} before you spend an incident on it.',
  'answers.notInArticle.title':
    'Not in the source article',
  'answers.notInArticle.tpdHours':
    'The article does not say how many hours of {tpd} you get; it only names TPD as the second technical benefit.',
  'answers.notInArticle.phoneNumber':
    'The article does not give a phone number for partner support: it has you open support requests online.',
  'answers.notInArticle.planPrice':
    'The article does not give prices for {premier} or {advanced}; Microsoft’s partner support pages compare the plans.',
  'answers.notInArticle.solutionsPartner':
    'The article does not mention Solutions Partner designations, which belong to Microsoft’s newer partner program: it gives incidents only for {actionPack}, {silver} and {gold} memberships.',
  'answers.notInArticle.where.tpdHours':
    'See Microsoft’s page on technical benefits and the “{technicalBenefits}” page in Partner Center, or ask your helpdesk.',
  'answers.notInArticle.where.phoneNumber':
    'For on-premises products you open a request in {supportForBusiness}; for cloud products, in the Azure portal under “{helpAndSupport}”. Your helpdesk may know more.',
  'answers.notInArticle.where.solutionsPartner':
    'Check what your designation includes on the “{technicalBenefits}” page in Partner Center, or ask your helpdesk.',
  'answers.actionPackCloud.title':
    '{actionPack} and cloud support',
  'answers.actionPackCloud.summary':
    '{actionPack} has no {cloud}, so it does not cover Azure or other cloud products: it includes only {onPremises} for on-premises products ({incidents}).',
  'answers.actionPackCloud.article':
    'The article lists what {actionPack} includes: check it before you open a cloud request.',
  'answers.helpdesk.button':
    'Ask the helpdesk',
  'answers.multi.tier': '{Who}: {parts}.',
  'answers.multi.onPremises': '{incidents} of {onPremises} (recent on-premises products)',
  'answers.multi.cloudNone': 'no {cloud} (cloud products are not included)',
  'answers.multi.cloudNamed': 'unlimited {cloud} incidents, since {competency} is a cloud competency',
  'answers.multi.cloudKind': 'unlimited {cloud} incidents with a cloud competency',
  'answers.multi.otherNamed': '{incidents} of {cloud}, since that competency is not a cloud competency',
  'answers.multi.otherKind': '{incidents} of {cloud} with a competency that is not a cloud competency',
  'answers.multi.cloudBoth': '{cloud}: unlimited incidents with a cloud competency, {incidents} with any other competency',
};
