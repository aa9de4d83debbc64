import { ChatPage, DocsClip, expectCardText, expectNoCardText } from './chatPage';

/** What a scenario can use: the signed-in users' Playground tabs and a screenshot per step. */
export interface ScenarioContext {
  /** Alex Wilber, Global admin (BOOTSTRAP_ADMINS), the mock world's current user. */
  admin(): Promise<ChatPage>;
  /** Megan Bowen, a member of the same tenant without a role, in her own Playground. */
  member(): Promise<ChatPage>;
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
        card = await admin.expectNewCard(/cloud/i, () => admin.click(card, 'Silver'), 'the cloud competency question');
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
    name: 'd2. an admin activates the benefit from chat',
    async run(ctx) {
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
];
