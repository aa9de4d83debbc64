import type { answers as en } from '../en/answers';

/** Ответы своими словами; названия, числа и надписи на экране подставляются из каталога. */
export const answers: Record<keyof typeof en, string> = {
  'answers.incidentCount.one': '{count} инцидент',
  'answers.incidentCount.few': '{count} инцидента',
  'answers.incidentCount.many': '{count} инцидентов',
  'answers.incidentCount.other': '{count} инцидента',

  'answers.who.actionPack': 'участники {actionPack}',
  'answers.who.silver': 'партнеры с компетенцией {silver}',
  'answers.who.gold': 'партнеры с компетенцией {gold}',

  'answers.alias.onPremises': 'Сейчас Microsoft называет это преимущество {onPremisesCurrent}.',
  'answers.alias.cloud': 'Сейчас Microsoft называет это преимущество {cloudCurrent}.',
  'answers.alias.both': 'Сейчас {onPremises} называется {onPremisesCurrent}, а {cloud} — {cloudCurrent}.',
  'answers.activateFirst': 'Прежде чем пользоваться преимуществом, его нужно активировать в Центре партнеров.',
  'answers.idsFirstTime':
    '{accessId} и {contractId} нужны только при первом использовании преимущества с каждой учетной записью.',

  'answers.link.technicalBenefits': 'Открыть «{technicalBenefits}»',
  'answers.link.dashboard': 'Панель Центра партнеров',
  'answers.link.supportForBusiness': 'Открыть {supportForBusiness}',
  'answers.link.remainingKb': 'Остаток инцидентов: статья',
  'answers.link.n1': 'Поддерживаемые локальные продукты',
  'answers.link.cspCustomers': 'Открыть «{customers}»',
  'answers.link.tpd': 'Подробнее о TPD',
  'answers.link.comparePlans': 'Сравнить планы поддержки',

  'answers.incidents.title.onPremises': '{tier}: {onPremises}',
  'answers.incidents.title.cloud': '{tier}: {cloud}',
  'answers.incidents.fixedByTier': '{Who} получают {incidents} {onPremises} для последних версий локальных продуктов.',
  'answers.incidents.actionPackNoCloud':
    '{Who} не получают {cloud}: {actionPack} включает только {onPremises} для локальных продуктов ({incidents}).',
  'answers.incidents.cloudNamed':
    '{competency} — облачная компетенция, поэтому {who} получают неограниченное число инцидентов {cloud}.',
  'answers.incidents.cloudKind': 'С облачной компетенцией {who} получают неограниченное число инцидентов {cloud}.',
  'answers.incidents.otherNamed':
    'Эта компетенция не входит в число облачных, поэтому {who} получают {incidents} {cloud}.',
  'answers.incidents.otherKind': 'С компетенцией, которая не относится к облачным, {who} получают {incidents} {cloud}.',
  'answers.incidents.cloudBoth':
    '{Who} получают неограниченное число инцидентов {cloud} с облачной компетенцией и {incidents} с любой другой.',
  'answers.incidents.pack':
    'Microsoft называет этот пакет {pack} ({packCompetency}). Когда инциденты в нем заканчиваются, контракт скрывается как недействительный, и для новых инцидентов в Azure нужен новый план поддержки.',
  'answers.incidents.whereOnPremises': 'Такие обращения создаются в {supportForBusiness}.',
  'answers.incidents.whereCloud':
    'Они используются на портале Azure: «{helpAndSupport}» → «{supportPlans}» → «{linkSupportBenefits}».',
  'answers.incidents.paidForCloud': 'Для облачных продуктов у Microsoft есть платные планы поддержки для партнеров.',

  'answers.table.title': 'Инциденты технической поддержки по уровням членства',
  'answers.table.summary':
    '{onPremises}: {actionPack} — {actionPackOnPremises}, {silver} — {silverOnPremises}, {gold} — {goldOnPremises}. {cloud}: без ограничений с облачной компетенцией; с другой компетенцией {silver} — {silverOther}, {gold} — {goldOther}; в {actionPack} не входит.',
  'answers.table.corner': 'Техническая поддержка',
  'answers.table.note.onPremises': 'Только последние версии локальных продуктов',
  'answers.table.note.cloudCompetencies': 'Только облачные продукты, облачные компетенции',
  'answers.table.note.otherCompetencies': 'Только облачные продукты, другие компетенции',
  'answers.table.unlimited': 'Без лимита',
  'answers.table.notIncluded': 'Не входит',
  'answers.table.yourCase': 'Ваш случай',
  'answers.table.cloudList': 'Облачные компетенции: {list}.',

  'answers.cloudCompetencies.title': 'Облачные компетенции',
  'answers.cloudCompetencies.summary':
    'Облачных компетенций {count}: {list}. С любой из них партнеры {silver} и {gold} получают неограниченное число инцидентов {cloud}.',
  'answers.cloudCompetencies.other':
    'Любая другая компетенция дает {silverOther} ({silver}) или {goldOther} ({gold}) {cloud}.',
  'answers.cloudCompetencies.packs':
    'Эти пакеты называются {pack5} ({pack5Competency}) и {pack10} ({pack10Competency}). Когда в пакете не остается инцидентов или срок контракта истекает, контракт скрывается как недействительный и нужен новый план поддержки.',
  'answers.cloudCompetencies.actionPack': '{actionPack} не включает {cloud}.',

  'answers.activation.title': 'Активация технических преимуществ',
  'answers.activation.summary':
    'Преимущества нужно активировать до использования; это может сделать пользователь с ролью {globalAdmin} или {mpnPartnerAdmin}: в Центре партнеров откройте «{benefits}» → «{technicalBenefits}» и нажмите «{activate}».',
  'answers.activation.step.signIn': 'Войдите на панель Центра партнеров с учетной записью, связанной с MPN.',
  'answers.activation.step.open':
    'В меню слева разверните «{benefits}» и выберите «{technicalBenefits}». На странице перечислены преимущества поддержки вашего членства {gold}, {silver} или {actionPack}.',
  'answers.activation.step.activate':
    'Нажмите «{activate}». Учетной записи нужна роль {globalAdmin} или {mpnPartnerAdmin}.',
  'answers.activation.step.ids':
    'После успешной активации {accessId} и {contractId} видны всем пользователям, и преимуществом можно пользоваться.',

  'answers.ids.title': '{accessId} и {contractId}',
  'answers.ids.summary':
    'После активации {accessId} и {contractId} видны всем пользователям на странице «{technicalBenefits}». Они нужны только при первом использовании преимущества с каждой учетной записью.',
  'answers.ids.associated':
    'Когда преимущество связано с вашей учетной записью, вводить их снова не нужно: связь сохраняется, пока не истечет срок или не закончатся инциденты.',
  'answers.ids.notShown': 'Идентификаторов на странице нет? Значит, преимущество еще не активировано.',
  'answers.ids.anyAccount':
    'Для локальных продуктов преимуществом может воспользоваться любая учетная запись (AAD или MSA), у которой есть оба идентификатора.',

  'answers.errorNotAuthorized.title': 'Центр партнеров: нет прав',
  'answers.errorNotAuthorized.summary':
    '«{errorNotAuthorized}» означает, что ваша учетная запись связана только с CSP, а не с MPN. Войдите в Центр партнеров с учетной записью, связанной с MPN.',
  'answers.errorNotAuthorized.why':
    'Технические преимущества относятся к членству в MPN, поэтому для их просмотра и активации нужна учетная запись, связанная с MPN.',

  'answers.errorNoBenefits.title': 'Центр партнеров: преимуществ не видно',
  'answers.errorNoBenefits.summary':
    '«{errorNoBenefits}» означает, что у вашей компании нет активных предложений членства, а если они есть — что вы вошли не с той учетной записью.',
  'answers.errorNoBenefits.switch': 'Как проверить учетную запись и сменить ее:',
  'answers.errorNoBenefits.step.account': 'Нажмите значок «{account}» в правом верхнем углу страницы.',
  'answers.errorNoBenefits.step.switch':
    'Выберите «{signInWithAnotherAccount}» и войдите с учетной записью, связанной с членством вашей компании в MPN.',

  'answers.onPremisesRequest.title': 'Обращение по локальному продукту',
  'answers.onPremisesRequest.summary':
    'Обращения по локальным продуктам создаются в {supportForBusiness}. Это может сделать любая учетная запись (AAD или MSA), если у нее есть {accessId} и {contractId}.',
  'answers.onPremisesRequest.scope': '{onPremises} распространяется на последние версии локальных продуктов.',
  'answers.onPremisesRequest.firstTime':
    'Введите {accessId} и {contractId} в первый раз; после этого преимущество остается связанным с вашей учетной записью, пока не истечет срок или не закончатся инциденты.',

  'answers.incidentsRemaining.title': 'Сколько осталось инцидентов',
  'answers.incidentsRemaining.summary':
    'Остаток инцидентов показывает только {supportForBusiness}; облачные порталы (Azure, LCS и другие) его не показывают. Начните там обращение по локальному продукту, не отправляя его: на втором шаге будет виден ваш контракт с остатком инцидентов.',
  'answers.incidentsRemaining.step.open':
    'Откройте {supportForBusiness}, выберите {windows10} и введите любые данные: отправлять обращение не нужно.',
  'answers.incidentsRemaining.step.contract':
    'На втором шаге найдите контракт «{partnerSupport}»: у него указаны дата начала, дата окончания и число оставшихся инцидентов.',
  'answers.incidentsRemaining.notAssociated':
    'Контракта нет? Разверните «{doYouNeedToPurchase}», нажмите «{addContract}» и введите {accessId} и {contractId}.',
  'answers.incidentsRemaining.signature':
    'Сведения о {partnerSignature} — в разделе «{unavailablePlans}». {partnerSupport} появляется там, только если срок контракта истек, инциденты закончились или вы выбрали старый локальный продукт.',

  'answers.cloudRequest.title': 'Обращение по облачному продукту в Azure',
  'answers.cloudRequest.summary':
    'Для облачных продуктов откройте портал Azure, выберите «{helpAndSupport}» → «{supportPlans}» → «{linkSupportBenefits}» и введите {accessId} и {contractId}.',
  'answers.cloudRequest.step.help': 'На портале Azure выберите «{helpAndSupport}».',
  'answers.cloudRequest.step.link': 'Выберите «{supportPlans}», затем «{linkSupportBenefits}».',
  'answers.cloudRequest.step.ids': 'Введите {accessId} и {contractId}.',
  'answers.cloudRequest.step.create': 'Создайте обращение кнопкой «{newSupportRequest}».',
  'answers.cloudRequest.who':
    '{cloud} предназначена для облачных продуктов и доступна с компетенциями {silver} и {gold}. В {actionPack} облачной поддержки нет, только {onPremises} для локальных продуктов.',
  'answers.cloudRequest.once':
    'Контракт связывается с учетной записью один раз. Если он уже связан (например, вы добавляли его для локальной поддержки), пропустите этот шаг и сразу нажмите «{newSupportRequest}».',

  'answers.errorAccessIdAssociated.title': 'Azure: {accessId} уже связан',
  'answers.errorAccessIdAssociated.summary':
    'Azure показывает «{errorAccessIdAssociated}», когда контракт поддержки связывают с учетной записью второй раз. В статье Microsoft сказано, что это сообщение об ошибке недействительно и его следует игнорировать. Если контракт уже связывали, нажмите «{newSupportRequest}»; если срок контракта истек или инциденты закончились, нужен новый план поддержки.',
  'answers.errorAccessIdAssociated.linked':
    'Контракт уже связан — например, вы добавили его раньше для локальной поддержки. Связывать контракт нужно только один раз: пропустите «{linkSupportBenefits}», нажмите «{newSupportRequest}» и создайте инцидент как обычно — план поддержки отобразится.',
  'answers.errorAccessIdAssociated.invalid':
    'Срок контракта истек или в {pack10} ({pack10Competency}) либо {pack5} ({pack5Competency}) не осталось инцидентов. Тогда контракт скрыт как недействительный, а повторная привязка дает ту же ошибку. Чтобы получить инциденты поддержки Azure, купите новый план поддержки.',

  'answers.csp.title': 'Обращения для партнеров CSP',
  'answers.csp.summary':
    'Партнеры CSP могут создавать обращения по Azure с планом поддержки «{cspPlan}», не добавляя контракт. Пользователи с ролью {adminAgent} могут начать и в Центре партнеров: «{customers}» → «{serviceManagement}» → «{newRequest}».',
  'answers.csp.step.customers': 'В Центре партнеров в меню слева в разделе CSP выберите «{customers}».',
  'answers.csp.step.request': 'Выберите «{serviceManagement}», затем «{newRequest}».',
  'answers.csp.step.workload':
    'Выберите рабочую нагрузку: откроется ее портал поддержки, где вы добавите контракт и создадите обращение.',

  'answers.paidPlans.title': 'Платные планы поддержки для партнеров',
  'answers.paidPlans.summary':
    'Microsoft продает партнерам планы поддержки: {premier} — высший уровень технической поддержки, а {advanced} распространяется только на облачные продукты.',
  'answers.paidPlans.options': 'Платные планы включают техническую поддержку и ряд дополнительных услуг.',
  'answers.paidPlans.whenNeeded':
    'Новый план — это и способ получить дополнительные инциденты в Azure, когда пакет Signature израсходован или срок контракта истек.',

  'answers.tpd.summary':
    '{tpd} — второе техническое преимущество на странице «{technicalBenefits}», наряду с инцидентами технической поддержки.',
  'answers.tpd.scope':
    'Я отвечаю на вопросы об инцидентах поддержки; о том, что входит в TPD, рассказывает страница Microsoft о технических преимуществах.',

  'answers.coverage.title': 'Что покрывает техническая поддержка',
  'answers.coverage.summary':
    'Техническая поддержка помогает разобраться с конкретной проблемой, сообщением об ошибке или функцией, которая работает не так, как ожидалось.',
  'answers.coverage.products':
    'Для последних версий локальных продуктов используйте {onPremises}, для облачных — {cloud}.',

  'answers.q.incidents.title': 'Инциденты по уровням',
  'answers.q.incidents.query': 'Сколько инцидентов поддержки нам положено с нашей компетенцией?',
  'answers.q.cloudCompetencies.title': 'Облачные компетенции',
  'answers.q.cloudCompetencies.query': 'Какие компетенции считаются облачными?',
  'answers.q.activation.title': 'Активировать',
  'answers.q.activation.query': 'Как активировать преимущества технической поддержки?',
  'answers.q.ids.title': '{accessId} и {contractId}',
  'answers.q.ids.query': 'Где найти {accessId} и {contractId}?',
  'answers.q.errorNotAuthorized.title': 'Ошибка «нет прав»',
  'answers.q.errorNotAuthorized.query': 'Центр партнеров пишет «{errorNotAuthorized}»',
  'answers.q.errorNoBenefits.title': 'Нет преимуществ',
  'answers.q.errorNoBenefits.query': 'Центр партнеров пишет «{errorNoBenefits}»',
  'answers.q.onPremisesRequest.title': 'Локальный продукт',
  'answers.q.onPremisesRequest.query': 'Как создать обращение в поддержку по локальному продукту?',
  'answers.q.incidentsRemaining.title': 'Остаток инцидентов',
  'answers.q.incidentsRemaining.query': 'Как узнать, сколько инцидентов поддержки у нас осталось?',
  'answers.q.cloudRequest.title': 'Обращение в Azure',
  'answers.q.cloudRequest.query': 'Как воспользоваться преимуществом поддержки на портале Azure?',
  'answers.q.errorAccessIdAssociated.title': 'Ошибка {accessId} в Azure',
  'answers.q.errorAccessIdAssociated.query': 'Azure пишет, что {accessId} уже связан с учетной записью',
  'answers.q.csp.title': 'Партнеры CSP',
  'answers.q.csp.query': 'Как партнеру CSP создать обращение в поддержку?',
  'answers.q.paidPlans.title': 'Платные планы',
  'answers.q.paidPlans.query': 'Какие есть платные планы поддержки для партнеров?',
  'answers.q.tpd.title': 'Услуги TPD',
  'answers.q.tpd.query': 'Что такое {tpd}?',
  'answers.q.coverage.title': 'Что покрывает поддержка',
  'answers.q.coverage.query': 'Что покрывает техническая поддержка?',
  'answers.link.article':
    'Открыть статью',
  'answers.troubleshooter.fixFor':
    'Это решение для сообщения «{quote}».',
  'answers.troubleshooter.askFor':
    'От этого зависит решение для сообщения «{quote}».',
  'answers.troubleshooter.unsure': 'Не уверены, какой у вас случай? Ничего страшного: ниже — что означает сообщение в каждом случае. Если всё равно непонятно, спросите службу поддержки, она проверит вместе с вами.',
  'answers.errorAccessIdAssociated.ask':
    'Какой у вас случай: вы уже связывали этот контракт с учетной записью (через «{linkSupportBenefits}») или у него истек срок либо закончились инциденты?',
  'answers.errorAccessIdAssociated.choose.linkedBefore':
    'Уже связывали раньше',
  'answers.errorAccessIdAssociated.choose.invalid':
    'Истек или инциденты закончились',
  'answers.errorAccessIdAssociated.fix.linkedBefore':
    'Ваш контракт уже связан с этой учетной записью, поэтому сообщение можно игнорировать: пропустите «{linkSupportBenefits}», нажмите «{newSupportRequest}» и создайте инцидент как обычно, план поддержки будет показан там.',
  'answers.errorAccessIdAssociated.fix.invalid':
    'Ваш контракт больше не действует (истек срок или в пакете Signature не осталось инцидентов): чтобы получить инциденты поддержки Azure, купите новый план поддержки.',
  'answers.errorNotAuthorized.ask':
    'Учетная запись, под которой вы вошли, связана только с CSP, а не с MPN?',
  'answers.errorNotAuthorized.choose.cspOnly':
    'Да, только CSP',
  'answers.errorNotAuthorized.choose.mpnAccount':
    'Нет, она связана с MPN',
  'answers.errorNotAuthorized.fix.cspOnly':
    'Ваша учетная запись связана только с CSP, отсюда и сообщение: войдите в Центр партнеров с учетной записью, связанной с MPN.',
  'answers.errorNotAuthorized.fix.mpnAccount':
    'Статья называет только одну причину «{errorNotAuthorized}»: учетная запись связана только с CSP; о таком сообщении для учетной записи MPN в ней ничего не сказано.',
  'answers.errorNotAuthorized.roles':
    'Для активации преимуществ нужна роль {globalAdmin} или {mpnPartnerAdmin}: попросите коллегу с одной из этих ролей проверить вашу учетную запись или обратитесь в службу поддержки вашей организации.',
  'answers.errorNoBenefits.ask':
    'Есть ли у вашей компании действующее членство {gold}, {silver} или {actionPack}?',
  'answers.errorNoBenefits.choose.wrongAccount':
    'Да, действующее',
  'answers.errorNoBenefits.choose.noMembership':
    'Нет или не знаю',
  'answers.errorNoBenefits.fix.wrongAccount':
    'У вашей компании есть действующее членство, значит, вы вошли не под той учетной записью: нажмите «{account}», затем «{signInWithAnotherAccount}» и войдите под учетной записью, связанной с членством MPN вашей компании.',
  'answers.errorNoBenefits.fix.noMembership':
    'Без действующего предложения членства {gold}, {silver} или {actionPack} Центру партнеров нечего показать в технических преимуществах.',
  'answers.errorNoBenefits.notSaid':
    'Как продлить членство, в статье не сказано: проверьте членство в Центре партнеров или обратитесь в службу поддержки вашей организации.',
  'answers.errorNoBenefits.ifActive':
    'Если членство вашей компании действует, вы вошли не под той учетной записью. Как сменить ее:',
  'answers.notInArticle.responseTime':
    'В статье не сказано, как быстро Microsoft отвечает на инцидент поддержки, ни для какой критичности: сроков реакции и уровней обслуживания в ней нет.',
  'answers.notInArticle.benefitPrice':
    'В статье не указаны никакие цены: ни членства или его продления, ни преимуществ поддержки. Там сказано только, что когда пакет Signature израсходован или контракт истек, нужно купить новый план поддержки.',
  'answers.notInArticle.incidentPrice':
    'В статье не сказано, сколько стоит дополнительный инцидент: цен в ней нет. Когда пакет Signature израсходован, статья советует купить новый план поддержки.',
  'answers.notInArticle.azureCredits':
    'В статье не упоминаются кредиты Azure или какие-либо суммы: описанные в ней технические преимущества — это инциденты поддержки и {tpd}.',
  'answers.notInArticle.where.responseTime':
    'Платные планы описаны на страницах партнерской поддержки Microsoft; условия для вашей организации может знать ваша служба поддержки.',
  'answers.notInArticle.where.incidentPrice':
    'Сравните платные планы партнерской поддержки на страницах Microsoft или спросите службу поддержки вашей организации.',
  'answers.notInArticle.supportHours':
    'В статье не сказано, когда работает поддержка Microsoft для партнеров (часы, выходные, праздники): часов работы она не приводит.',
  'answers.notInArticle.contractTerm':
    'В статье не сказано, сколько действует контракт поддержки и переносятся ли неиспользованные инциденты на следующий период: таких условий она не приводит.',
  'answers.notInArticle.where.supportHours':
    'Платные планы описаны на страницах поддержки партнеров Microsoft; служба поддержки вашей организации может знать, когда вам доступна поддержка.',
  'answers.notInArticle.where.contractTerm':
    'Смотрите страницу «{technicalBenefits}» в Центре партнеров или спросите службу поддержки вашей организации.',
  'answers.notInArticle.where.azureCredits':
    'Смотрите страницу «{technicalBenefits}» в Центре партнеров или спросите службу поддержки вашей организации.',
  'answers.n1.versioned':
    '{onPremises} распространяется только на последние версии локальных продуктов: прежде чем тратить инцидент, проверьте, есть ли {product} в списке {url}.',
  'answers.notInArticle.title':
    'В статье этого нет',
  'answers.notInArticle.tpdHours':
    'В статье не сказано, сколько часов {tpd} вам положено; TPD там названы только как второе техническое преимущество.',
  'answers.notInArticle.phoneNumber':
    'В статье не указан номер телефона партнерской поддержки: по ней запросы в поддержку создаются онлайн.',
  'answers.notInArticle.planPrice':
    'В статье не указаны цены {premier} и {advanced}; планы сравниваются на страницах партнерской поддержки Microsoft.',
  'answers.notInArticle.solutionsPartner':
    'В статье ничего не сказано о статусах Solutions Partner: они относятся к более новой партнерской программе Microsoft, а статья дает инциденты только для членства {actionPack}, {silver} и {gold}.',
  'answers.notInArticle.where.tpdHours':
    'Смотрите страницу Microsoft о технических преимуществах и страницу «{technicalBenefits}» в Центре партнеров или спросите службу поддержки вашей организации.',
  'answers.notInArticle.where.phoneNumber':
    'Для локальных продуктов запрос создается в {supportForBusiness}, для облачных — в портале Azure, в разделе «{helpAndSupport}». Служба поддержки вашей организации может знать больше.',
  'answers.notInArticle.where.solutionsPartner':
    'Что дает ваш статус, смотрите на странице «{technicalBenefits}» в Центре партнеров или спросите службу поддержки вашей организации.',
  'answers.actionPackCloud.title':
    '{actionPack} и облачная поддержка',
  'answers.actionPackCloud.summary':
    'В {actionPack} нет {cloud}, поэтому Azure и другие облачные продукты не покрываются: в него входит только {onPremises} для локальных продуктов ({incidents}).',
  'answers.actionPackCloud.article':
    'Что входит в {actionPack}, перечислено в статье: проверьте это, прежде чем создавать облачный запрос.',
  'answers.helpdesk.button':
    'Спросить службу поддержки',
  'answers.multi.tier': '{Who}: {parts}.',
  'answers.multi.onPremises': '{incidents} {onPremises} (последние версии локальных продуктов)',
  'answers.multi.cloudNone': '{cloud} не входит (облачные продукты не включены)',
  'answers.multi.cloudNamed': 'неограниченное число инцидентов {cloud}, так как {competency} — облачная компетенция',
  'answers.multi.cloudKind': 'неограниченное число инцидентов {cloud} с облачной компетенцией',
  'answers.multi.otherNamed': '{incidents} {cloud}, так как эта компетенция не облачная',
  'answers.multi.otherKind': '{incidents} {cloud} с компетенцией, которая не относится к облачным',
  'answers.multi.cloudBoth': '{cloud}: неограниченное число инцидентов с облачной компетенцией, {incidents} с любой другой',
};
