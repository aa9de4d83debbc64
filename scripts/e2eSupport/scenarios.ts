import { ChatPage, DocsClip, expectCardText, expectNoCardText } from './chatPage';

/** What a scenario can use: the signed-in users' Playground tabs and a screenshot per step. */
export interface ScenarioContext {
  /** Alex Wilber, Global admin (BOOTSTRAP_ADMINS), the mock world's current user. */
  admin(): Promise<ChatPage>;
  /** Megan Bowen, a member of the same tenant without a role, in her own Playground. */
  member(): Promise<ChatPage>;
  /** Adele Vance, a member of the same tenant, in her own Playground (scenario h grants her the helpdesk role). */
  helpdesk(): Promise<ChatPage>;
  /** A user of another tenant (Fabrikam), in a third Playground with its own tenant id. */
  outsider(): Promise<ChatPage>;
  /**
   * Runs one step and saves a screenshot of `chat` after it (also when it fails). With `npm run e2e -- --docs`,
   * the clip the step returns is also saved as docs/<docsName>.
   */
  step(chat: ChatPage, label: string, fn: () => Promise<void | DocsClip>, docsName?: string): Promise<void>;
}

export interface Scenario {
  name: string;
  /** How long the whole scenario may take (default 60 s). */
  timeoutMs?: number;
  run(ctx: ScenarioContext): Promise<void>;
}

/** What the admin records in scenario d, and what the member must then see. */
export const TEST_IDS = { accessId: 'ACC-4242-E2E', contractId: 'CT-90210-E2E' } as const;

export const scenarios: Scenario[] = [
  {
    name: 'a. welcome card when the conversation starts',
    async run(ctx) {
      const admin = await ctx.admin();
      await ctx.step(admin, 'welcome', async () => {
        // The Playground sends installationUpdate + conversationUpdate (membersAdded) when the page opens.
        const card = admin.cards(/partner benefits assistant/i).first();
        await card.waitFor({ state: 'visible', timeout: 15_000 });
        await expectCardText(card, /partner benefits assistant/i, 'the greeting');
        const buttons = await card.getByRole('button').count();
        if (buttons < 1) throw new Error('the welcome card shows no example question');
      });
      await ctx.step(admin, 'welcome-channel', async () => {
        // Opening the team channel adds the bot to the team (conversationUpdate, membersAdded: the bot).
        await admin.openConversation('channel');
        const card = admin.cards(/partner benefits assistant/i).first();
        await card.waitFor({ state: 'visible', timeout: 15_000 });
      });
    },
  },
  {
    name: 'b. entitlement questions in English, Russian and French',
    async run(ctx) {
      const admin = await ctx.admin();
      await admin.openConversation('personal');
      const cases = [
        {
          label: 'answer-en',
          question: 'How many cloud incidents does a Gold partner with the Security competency get?',
          expect: /Unlimited/,
          highlight: /Unlimited\s*\n?\s*Your case/i,
          docs: 'answer-en.png',
        },
        {
          label: 'answer-ru',
          question: 'Сколько инцидентов поддержки on-premises у Silver партнёра?',
          expect: /15/,
          highlight: /15\s+инцидент\S*\s*\n?\s*Ваш случай/i,
        },
        {
          label: 'answer-fr',
          question: "Combien d'incidents on-premises pour un partenaire Gold ?",
          expect: /20/,
          highlight: /20\s+incidents?\s*\n?\s*Votre cas/i,
        },
      ];
      for (const c of cases) {
        await ctx.step(
          admin,
          c.label,
          async () => {
            const card = await admin.expectNewCard(c.highlight, () => admin.say(c.question), `the answer to "${c.question}"`);
            await expectCardText(card, c.expect, 'the expected number');
            return { from: card, question: c.question };
          },
          c.docs,
        );
      }
    },
  },
  {
    name: 'c. clarifying questions answered with the card buttons, then a related-question button',
    async run(ctx) {
      const admin = await ctx.admin();
      await admin.openConversation('personal');
      let card = admin.cards().last();
      let first = card;
      await ctx.step(admin, 'clarify-start-over', async () => {
        // Scenario b stated Gold in this chat, and stated facts fill gaps: forget them so the bot has to ask.
        await admin.expectNewText(/start over/i, () => admin.say('start over'), 'the context cleared');
      });
      await ctx.step(admin, 'clarify-ask', async () => {
        card = await admin.expectNewCard(
          /Silver/,
          () => admin.say('how many cloud incidents do we get?'),
          'the membership question (Action Pack / Silver / Gold)',
        );
        for (const title of ['Action Pack', 'Silver', 'Gold']) await admin.button(card, title);
        first = card;
      });
      await ctx.step(admin, 'clarify-silver', async () => {
        // The membership question is updated in place ("Your answer: Silver"); the new card is the competency question.
        card = await admin.expectNewCard(/cloud competenc/i, () => admin.click(card, 'Silver'), 'the cloud competency question');
        await admin.button(card, /other/i);
      });
      await ctx.step(
        admin,
        'clarify-answer',
        async () => {
          card = await admin.expectNewCard(
            /\b5 incidents\s*\n?\s*Your case/i,
            () => admin.click(card, /other/i),
            'the answer for Silver with another competency, 5 incidents highlighted',
          );
          return { from: first, to: card, question: 'how many cloud incidents do we get?' };
        },
        'clarify.png',
      );
      await ctx.step(admin, 'follow-up-button', async () => {
        // A related-question button sends its question; the bot answers it like typed text.
        await admin.expectNewCard(
          /Enterprise Mobility Management/,
          () => admin.click(card, 'Cloud competencies'),
          'the answer to the "Cloud competencies" related question',
        );
      });
    },
  },
  {
    name: 'c2. a follow-up "and Silver?" keeps the rest of the question',
    async run(ctx) {
      const admin = await ctx.admin();
      await admin.openConversation('personal');
      await ctx.step(admin, 'followup-gold', async () => {
        await admin.expectNewCard(/\b20 incidents\s*\n?\s*Your case/i, () => admin.say('How many on-premises incidents does Gold get?'), 'the Gold on-premises answer');
      });
      await ctx.step(admin, 'followup-silver', async () => {
        const card = await admin.expectNewCard(/\b15 incidents\s*\n?\s*Your case/i, () => admin.say('and Silver?'), 'the Silver on-premises answer');
        await expectNoCardText(card, /on-premises products or cloud products\?/, 'no clarifying question');
      });
    },
  },
  {
    name: 'c3. a correction and a detour in one conversation, then the answer',
    async run(ctx) {
      const admin = await ctx.admin();
      await admin.openConversation('personal');
      await ctx.step(admin, 'context-fresh', async () => {
        await admin.expectNewText(/start over|nothing to/i, () => admin.say('start over'), 'a fresh conversation');
      });
      await ctx.step(admin, 'context-stated', async () => {
        await admin.expectNewText(/Noted: Gold/, () => admin.say("we're gold with the data platform competency"), 'Gold noted');
      });
      await ctx.step(admin, 'context-corrected', async () => {
        await admin.expectNewText(/Noted: Silver/, () => admin.say('sorry, I meant Silver'), 'the correction noted');
      });
      await ctx.step(admin, 'context-detour', async () => {
        await admin.expectNewText(/not sure I understood/i, () => admin.say('is the canteen open today?'), 'the detour answered briefly');
      });
      await ctx.step(admin, 'context-answer', async () => {
        // Silver without a cloud competency (Data Platform is not one): 5 Signature Cloud Support incidents, not Gold's 10.
        const card = await admin.expectNewCard(/Silver competency partners get 5 incidents/i, () => admin.say('anyway, back to business: how many cloud incidents do we get?'), 'the answer with the corrected tier');
        await expectNoCardText(card, /Gold competency partners get/i, 'not the Gold answer');
        await expectNoCardText(card, /Which membership/i, 'no question asked again');
      });
    },
  },
  {
    name: 'd1. a member cannot activate and is told who can',
    async run(ctx) {
      const member = await ctx.member();
      await member.openConversation('personal');
      await ctx.step(member, 'member-activate-refused', async () => {
        const card = await member.expectNewCard(/MPN partner admin/i, () => member.say('activate'), 'who can activate');
        await expectCardText(card, /Global admin/i, 'the Global admin role');
        await expectCardText(card, /MPN partner admin/i, 'the MPN partner admin role');
        await expectNoCardText(card, /Contract ID\s*\*/, 'the activation form');
      });
    },
  },
  {
    name: 'd2. a member asks an admin; the admin activates the benefit from chat; the member is told',
    async run(ctx) {
      const member = await ctx.member();
      await member.openConversation('personal');
      await ctx.step(member, 'member-asks-admin', async () => {
        const refused = await member.expectNewCard(/MPN partner admin/i, () => member.say('activate'), 'who can activate');
        // The admins are told in their personal chats when they have one with the bot (earlier scenarios), else
        // the request is only recorded; either way the member hears when it is active.
        await member.expectNewText(/I told your admins|I recorded your request/, () => member.click(refused, /Ask an admin to activate/), 'the request recorded');
      });
      const admin = await ctx.admin();
      await admin.openConversation('personal');
      let card = admin.cards().last();
      await ctx.step(admin, 'activate-form', async () => {
        card = await admin.expectNewCard(/Partner Center/, () => admin.say('activate'), 'the Partner Center steps and the form');
        await expectCardText(card, /Access ID/, 'the Access ID field');
        await expectCardText(card, /Contract ID/, 'the Contract ID field');
        await admin.fill(card, /Access ID/, TEST_IDS.accessId);
        await admin.fill(card, /Contract ID/, TEST_IDS.contractId);
        return { from: card, question: 'activate' };
      }, 'activation.png');
      await ctx.step(admin, 'activate-confirmed', async () => {
        card = await admin.expectNewCard(/recorded as active|\bActive\b/, () => admin.click(card, /save/i), 'the confirmation');
      });
      await ctx.step(admin, 'activate-ids-shown', async () => {
        const shown = await admin.expectNewCard(new RegExp(TEST_IDS.accessId), () => admin.click(card, /show/i), 'the recorded Access ID');
        await expectCardText(shown, new RegExp(TEST_IDS.contractId), 'the recorded Contract ID');
      });
      await ctx.step(member, 'member-told-active', async () => {
        // A proactive message to the member's personal chat, sent once Teams (here the Playground) confirms
        // the chat is hers.
        await member.expectText(/The technical support benefit is active/, 'the announcement in her personal chat');
      });
    },
  },
  {
    name: 'd3. a member asks for the IDs in a team channel and sees them',
    async run(ctx) {
      const member = await ctx.member();
      await member.openConversation('channel');
      let card = member.cards().last();
      await ctx.step(member, 'channel-ids-posted', async () => {
        card = await member.expectNewCard(/Show the IDs/i, () => member.say('our IDs'), 'the IDs card with its "Show" button');
        // Everyone in the channel sees this message: it must not carry the IDs themselves.
        await expectNoCardText(card, new RegExp(TEST_IDS.accessId), 'the Access ID in a shared message');
      });
      await ctx.step(member, 'channel-ids-shown', async () => {
        const shown = await member.expectNewCard(new RegExp(TEST_IDS.accessId), () => member.click(card, /show/i), 'the Access ID');
        await expectCardText(shown, new RegExp(TEST_IDS.contractId), 'the Contract ID');
      });
    },
  },
  {
    name: 'd4. a user of another tenant does not see the IDs',
    async run(ctx) {
      const outsider = await ctx.outsider();
      await outsider.openConversation('personal');
      await ctx.step(outsider, 'other-tenant-ids', async () => {
        const card = await outsider.expectNewCard(/ID/, () => outsider.say('our IDs'), 'an answer about the IDs');
        await expectNoCardText(card, new RegExp(TEST_IDS.accessId), "the other tenant's Access ID");
        await expectNoCardText(card, new RegExp(TEST_IDS.contractId), "the other tenant's Contract ID");
      });
    },
  },
  {
    name: 'h. helpdesk: a member escalates, the helpdesk assigns, replies and resolves, the member answers',
    // Four Playgrounds talk to one bot here (the helpdesk's starts during the scenario).
    timeoutMs: 120_000,
    async run(ctx) {
      const admin = await ctx.admin();
      const member = await ctx.member();
      // The helpdesk's Playground starts while the admin and the member go first.
      const helpdeskReady = ctx.helpdesk();
      helpdeskReady.catch(() => undefined);
      const adele = admin.world.users[1]; // Adele Vance: the helpdesk Playground's current user
      const question = 'Our Gold cloud incidents are used up: can we buy more before the renewal?';
      const reply = 'Yes: open the request in Partner Center, Support, and mention ticket HD-E2E.';
      const answer = 'Thanks, we opened it just now.';
      let number = '';
      // Not \\b: a card's textContent runs its text blocks together ("Ticket #1New").
      const ticketTitle = () => new RegExp(`Ticket #${number}(?!\\d)`);

      await ctx.step(admin, 'helpdesk-here', async () => {
        await admin.openConversation('channel', 'Support');
        await admin.expectNewText(/This channel is now the helpdesk queue/, () => admin.say('helpdesk here'), 'the queue set in Support');
      });
      await ctx.step(admin, 'grant-helpdesk', async () => {
        await admin.openConversation('personal');
        await admin.expectNewText(/now has the role/, () => admin.say(`grant helpdesk ${adele.aadObjectId}`), 'the helpdesk role granted to Adele');
      });

      let card = member.cards().last();
      await ctx.step(member, 'escalate-confirm', async () => {
        await member.openConversation('personal');
        card = await member.expectNewCard(/Create the ticket/, () => member.say('I want to talk to the helpdesk'), 'the confirmation card');
        await member.fill(card, /Your question/, question);
        return { from: card, question: 'I want to talk to the helpdesk' };
      });
      await ctx.step(member, 'escalate-created', async () => {
        await member.expectNewText(/Ticket #\d+ is created\. The helpdesk will answer you here\./, () => member.click(card, 'Create the ticket'), 'the ticket number');
        const created = (await member.chatText()).match(/Ticket #(\d+) is created\. The helpdesk/g) ?? [];
        number = /#(\d+)/.exec(created[created.length - 1] ?? '')?.[1] ?? '';
        if (!number) throw new Error('no ticket number in the confirmation');
      });

      await ctx.step(admin, 'queue-card-posted', async () => {
        // The outbox posts the ticket card in the Support channel, behind the turn.
        await admin.openConversation('channel', 'Support');
        const posted = admin.cards(ticketTitle()).filter({ visible: true }).first();
        await posted.waitFor({ state: 'visible', timeout: 15_000 });
        await expectCardText(posted, /\bNew\b/, 'the status New');
        await expectCardText(posted, new RegExp(question.slice(0, 30)), 'the question as typed');
        await expectCardText(posted, /Megan Bowen/, 'the requester');
        await admin.button(posted, 'Assign to me');
      });

      const helpdesk = await helpdeskReady;
      let desk = helpdesk.cards().last();
      await ctx.step(helpdesk, 'helpdesk-opens-ticket', async () => {
        // Each Playground keeps its own copy of the channel: the post went to the admin's, so the helpdesk opens
        // the ticket by number in the same channel of hers (the card with the actions).
        await helpdesk.openConversation('channel', 'Support');
        desk = await helpdesk.expectNewCard(ticketTitle(), () => helpdesk.say(`ticket ${number}`), 'the ticket card with its actions');
        await expectCardText(desk, new RegExp(question.slice(0, 30)), 'the question');
      });
      await ctx.step(helpdesk, 'helpdesk-assigns', async () => {
        desk = await helpdesk.expectNewCard(/Adele Vance/, () => helpdesk.click(desk, 'Assign to me'), 'the card assigned to Adele');
        await expectCardText(desk, /\bAssigned\b/, 'the status Assigned');
      });
      await ctx.step(member, 'member-told-assigned', async () => {
        await member.expectText(new RegExp(`Ticket #${number}: Adele Vance from the helpdesk is handling your question`), 'the assignment notice (a proactive message)');
      });
      await ctx.step(helpdesk, 'helpdesk-replies', async () => {
        await helpdesk.click(desk, /^Reply$/);
        await helpdesk.fill(desk, /Reply to the requester/, reply);
        desk = await helpdesk.expectNewCard(/Waiting on requester/, () => helpdesk.click(desk, /^Send$/), 'the card waiting on the requester');
        await expectCardText(desk, /HD-E2E/, 'the reply in the history');
      });
      let replyCard = member.cards().last();
      await ctx.step(member, 'member-sees-reply', async () => {
        replyCard = member.cards(new RegExp(`Ticket #${number}: Adele Vance from the helpdesk`)).last();
        await replyCard.waitFor({ state: 'visible', timeout: 15_000 });
        await expectCardText(replyCard, /HD-E2E/, 'the helpdesk reply');
      });
      await ctx.step(member, 'member-answers', async () => {
        await member.click(replyCard, /^Reply$/);
        // The answer box has a placeholder and no label.
        await replyCard.getByPlaceholder('Your answer').fill(answer, { timeout: 5_000 });
        const send = await member.button(replyCard, 'Send');
        // The Playground re-renders the chat as the Action.Submit goes out, and a Playwright click() on it never
        // returns: the click is dispatched instead.
        await member.expectNewText(new RegExp(`Sent to the helpdesk with ticket #${number}`), () => send.dispatchEvent('click'), 'the answer sent');
      });
      await ctx.step(helpdesk, 'helpdesk-sees-answer', async () => {
        desk = await helpdesk.expectNewCard(/we opened it just now/, () => helpdesk.say(`ticket ${number}`), 'the answer in the history');
      });
      await ctx.step(helpdesk, 'helpdesk-resolves', async () => {
        desk = await helpdesk.expectNewCard(/\bResolved\b/, () => helpdesk.click(desk, 'Resolve'), 'the resolved card');
      });
      await ctx.step(member, 'member-told-resolved', async () => {
        await member.expectText(new RegExp(`Ticket #${number} is resolved by Adele Vance`), 'the resolution notice (a proactive message)');
      });
      await ctx.step(
        admin,
        'queue-card-updated',
        async () => {
          // The card in the queue channel is updated in place with every change.
          const posted = admin.cards(ticketTitle()).filter({ visible: true }).first();
          await expectCardTextSoon(posted, /\bResolved\b/, 'the status Resolved');
          await expectCardText(posted, /Adele Vance/, 'the assignee');
          await expectCardText(posted, /we opened it just now/, "the requester's answer");
          return { from: posted };
        },
        'ticket.png',
      );
    },
  },
  {
    name: 'o. own words: an admin records a Microsoft case and confirms; the helpdesk takes and resolves a ticket',
    timeoutMs: 120_000,
    async run(ctx) {
      const admin = await ctx.admin();
      const member = await ctx.member();
      const helpdeskReady = ctx.helpdesk();
      helpdeskReady.catch(() => undefined);
      const adele = admin.world.users[1];
      let number = '';

      await ctx.step(admin, 'own-case-confirmed', async () => {
        await admin.openConversation('personal');
        const card = await admin.expectNewCard(
          /Record Microsoft case 7654321 in your organization’s ledger: on-premises/,
          () => admin.say('please note that we opened an on-prem case 7654321 with Microsoft today'),
          'the confirmation card, in her words',
        );
        await expectCardText(card, /Nothing changes until you confirm/, 'nothing recorded before the press');
        await admin.expectNewText(/Recorded: on-premises Microsoft case 7654321/, () => admin.click(card, /^Record$/), 'the case recorded once confirmed');
      });
      await ctx.step(admin, 'own-helpdesk-role', async () => {
        await admin.expectNewText(/role/, () => admin.say(`grant helpdesk ${adele.aadObjectId}`), 'Adele has the helpdesk role');
      });
      let card = member.cards().last();
      await ctx.step(member, 'own-ticket-created', async () => {
        await member.openConversation('personal');
        card = await member.expectNewCard(/Create the ticket/, () => member.say('can I talk to someone from our helpdesk?'), 'the confirmation card');
        await member.fill(card, /Your question/, 'Intune enrollment fails for the new laptops of the sales team');
        await member.expectNewText(/Ticket #\d+ is created/, () => member.click(card, 'Create the ticket'), 'the ticket number');
        const created = (await member.chatText()).match(/Ticket #(\d+) is created/g) ?? [];
        number = /#(\d+)/.exec(created[created.length - 1] ?? '')?.[1] ?? '';
        if (!number) throw new Error('no ticket number');
      });
      const helpdesk = await helpdeskReady;
      await ctx.step(helpdesk, 'own-take', async () => {
        await helpdesk.openConversation('personal');
        const confirm = await helpdesk.expectNewCard(new RegExp(`Take ticket #${number} \\(Intune enrollment`), () => helpdesk.say(`I'll pick up ticket ${number}`), 'what will happen, in her words');
        await helpdesk.expectNewText(new RegExp(`ticket #${number} is now Assigned`), () => helpdesk.click(confirm, /^Take it$/), 'the ticket assigned to her');
      });
      await ctx.step(helpdesk, 'own-resolve', async () => {
        const confirm = await helpdesk.expectNewCard(new RegExp(`Resolve ticket #${number}`), () => helpdesk.say(`#${number} is sorted, mark it as resolved please`), 'the confirmation');
        await helpdesk.expectNewText(new RegExp(`ticket #${number} is now Resolved`), () => helpdesk.click(confirm, /^Resolve$/), 'the ticket resolved');
      });
      await ctx.step(member, 'own-member-told', async () => {
        await member.expectText(new RegExp(`Ticket #${number} is resolved by Adele Vance`), 'the resolution notice (a proactive message)');
      });
    },
  },
  {
    name: 't. teaching: the helpdesk saves its reply to a ticket as an answer; another member asking in other words gets it',
    timeoutMs: 120_000,
    async run(ctx) {
      const admin = await ctx.admin();
      const member = await ctx.member();
      const helpdeskReady = ctx.helpdesk();
      helpdeskReady.catch(() => undefined);
      const adele = admin.world.users[1];
      const question = 'How do we request a demo tenant for customer workshops?';
      const reply = 'Ask Lidia in Presales: she creates demo tenants within a day with form DT-E2E.';
      let number = '';

      await ctx.step(admin, 'teach-queue-and-role', async () => {
        await admin.openConversation('channel', 'Support');
        await admin.expectNewText(/helpdesk queue/, () => admin.say('helpdesk here'), 'the queue set in Support');
        await admin.openConversation('personal');
        await admin.expectNewText(/role/, () => admin.say(`grant helpdesk ${adele.aadObjectId}`), 'Adele has the helpdesk role');
      });
      await ctx.step(member, 'teach-ticket', async () => {
        await member.openConversation('personal');
        const card = await member.expectNewCard(/Create the ticket/, () => member.say('I need the helpdesk for this one'), 'the confirmation card');
        await member.fill(card, /Your question/, question);
        await member.expectNewText(/Ticket #\d+ is created/, () => member.click(card, 'Create the ticket'), 'the ticket number');
        const created = (await member.chatText()).match(/Ticket #(\d+) is created/g) ?? [];
        number = /#(\d+)/.exec(created[created.length - 1] ?? '')?.[1] ?? '';
        if (!number) throw new Error('no ticket number');
      });
      const helpdesk = await helpdeskReady;
      let desk = helpdesk.cards().last();
      await ctx.step(helpdesk, 'teach-reply', async () => {
        await helpdesk.openConversation('channel', 'Support');
        desk = await helpdesk.expectNewCard(new RegExp(`Ticket #${number}(?!\\d)`), () => helpdesk.say(`ticket ${number}`), 'the ticket card');
        await helpdesk.click(desk, /^Reply$/);
        await helpdesk.fill(desk, /Reply to the requester/, reply);
        desk = await helpdesk.expectNewCard(/Waiting on requester/, () => helpdesk.click(desk, /^Send$/), 'the card after the reply');
      });
      await ctx.step(
        helpdesk,
        'teach-save-answer',
        async () => {
          const form = await helpdesk.expectNewCard(/Save an answer for the next person who asks/, () => helpdesk.click(desk, 'Save as answer'), 'the form, prefilled');
          await expectCardText(form, /DT-E2E|Save answer/, 'the form with its Save button');
          await helpdesk.expectNewText(/Saved\. People of this organization who ask this get this answer/, () => helpdesk.click(form, 'Save answer'), 'the answer saved');
        },
      );
      await ctx.step(
        admin,
        'teach-served',
        async () => {
          await admin.openConversation('personal');
          const served = await admin.expectNewCard(/Your organization’s answer/, () => admin.say('how can I get a demo tenant for a customer workshop?'), 'the organization’s answer');
          await expectCardText(served, /DT-E2E/, 'the helpdesk’s reply');
          await expectCardText(served, /Adele Vance/, 'who wrote it');
          return { from: served };
        },
        'teaching.png',
      );
    },
  },
];

/** Like expectCardText, waiting up to the reply timeout for a card updated in place. */
async function expectCardTextSoon(card: import('playwright-core').Locator, re: RegExp, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await card.innerText({ timeout: 5_000 }).catch(() => '');
    if (re.test(text)) return;
    if (Date.now() > deadline) {
      await expectCardText(card, re, what);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
