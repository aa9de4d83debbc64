import answer from '../../cards/answer.json';
import choice from '../../cards/choice.json';
import entitlementTable from '../../cards/entitlementTable.json';
import help from '../../cards/help.json';
import welcome from '../../cards/welcome.json';
import activation from '../../cards/activation.json';
import ids from '../../cards/ids.json';
import idsEdit from '../../cards/idsEdit.json';
import notice from '../../cards/notice.json';
import ticket from '../../cards/ticket.json';
import queue from '../../cards/queue.json';
import escalation from '../../cards/escalation.json';
import ticketReply from '../../cards/ticketReply.json';
import report from '../../cards/report.json';
import orgAnswerForm from '../../cards/orgAnswerForm.json';
import orgAnswer from '../../cards/orgAnswer.json';
import orgAnswerList from '../../cards/orgAnswerList.json';
import { CardName } from './models';

/**
 * The card templates, imported so the compiler copies them next to the build and a missing file fails
 * the build rather than the first turn. A test checks that every file in cards/ is listed here.
 */
export const CARD_TEMPLATES: Readonly<Record<CardName, object>> = {
  answer,
  entitlementTable,
  choice,
  help,
  welcome,
  activation,
  ids,
  idsEdit,
  notice,
  ticket,
  queue,
  escalation,
  ticketReply,
  report,
  orgAnswerForm,
  orgAnswer,
  orgAnswerList,
};
