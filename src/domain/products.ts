import { Locale, SupportType } from './types';
import type { ProductFamilyId, ProductId, ProductRef } from './productIds';

export { PRODUCT_FAMILY_IDS, PRODUCT_IDS, type ProductFamilyId, type ProductId, type ProductRef } from './productIds';

/**
 * The product catalog: which Microsoft products are cloud products (Signature Cloud Support) and which are
 * on-premises products (Microsoft Product Support), so a question naming a product needs no "on-premises or
 * cloud?". The article gives the two benefits' scopes ("for recent On-Premise products only", "for Cloud
 * products only") and names Azure, LCS and Windows 10 as examples; the list of products is ours, kept small
 * and unambiguous. Which on-premises versions are still "recent" the article leaves to aka.ms/n-1: the
 * catalog never claims a version is covered.
 *
 * `spellings` are how people write the name, in the recognizer's pattern syntax (src/nlu/slotLexicon.ts):
 * space-separated words, `a|b` alternatives, `word*` a prefix, `~word` the word or a one-letter typo.
 * `localSpellings` are the Russian and French ways of writing a name (transliterations, "en ligne").
 */
export interface Product {
  id: ProductId;
  /** Microsoft's English name: product names stay English in every locale. */
  name: string;
  supportType: SupportType;
  spellings: readonly string[];
  /** Spellings read only in messages of these languages (transliterations, local names). */
  localSpellings?: Partial<Record<Locale, readonly string[]>>;
  /** The name a version follows ("Office" 2010, "Windows" XP), when `name` lists versions itself. */
  versionedAs?: string;
}

export interface ProductFamily {
  id: ProductFamilyId;
  name: string;
  cloud: ProductId;
  onPremises: ProductId;
  spellings: readonly string[];
  localSpellings?: Partial<Record<Locale, readonly string[]>>;
}

export const PRODUCTS: readonly Product[] = [
  // Cloud products
  {
    id: 'azure',
    name: 'Azure',
    supportType: 'cloud',
    spellings: ['~azure|azur', 'windows azure'],
    localSpellings: { ru: ['азур*|ажур*'] },
  },
  { id: 'azureSql', name: 'Azure SQL', supportType: 'cloud', spellings: ['azure sql|sqldb'], localSpellings: { ru: ['азур* sql'] } },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    supportType: 'cloud',
    spellings: ['office 365', 'office365|o365|m365|ms365', 'microsoft|ms 365', 'microsoft365', 'onedrive'],
    localSpellings: { ru: ['офис 365', 'майкрософт 365'] },
  },
  {
    id: 'exchangeOnline',
    name: 'Exchange Online',
    supportType: 'cloud',
    spellings: ['~exchange online', 'exo'],
    localSpellings: { fr: ['~exchange en ligne'], ru: ['эксчейндж*|эксченж* онлайн'] },
  },
  {
    id: 'sharePointOnline',
    name: 'SharePoint Online',
    supportType: 'cloud',
    spellings: ['sharepoint|sharpoint|sharepont online', 'share point online', 'spo'],
    localSpellings: { fr: ['sharepoint en ligne'], ru: ['шарепоинт*|шейрпоинт*|шарпоинт* онлайн'] },
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    supportType: 'cloud',
    // A bare "teams" is an English word ("our teams"): only with what Teams is used for ("Teams calling").
    spellings: ['microsoft|ms teams', 'teams call|calls|calling|meeting|meetings|chat|chats|channel|channels|client|app|phone|voice|rooms|room|issue|issues|problem|problems|outage|outages|error|errors|crash|crashes|crashing'],
    // After a Russian or French preposition "teams" can only be the product: "звонки в teams", "un souci sur teams".
    localSpellings: {
      ru: ['тимс|тимсе|тимсом', 'майкрософт тимс', 'в|во|через|с|со|по teams', 'звонк*|созвон*|встреч*|чат*|канал* teams'],
      fr: ['reunion|reunions|appel|appels|canal|canaux teams', 'probleme|problemes|souci|soucis|bug|bugs|panne teams', 'sur|dans|avec|via teams'],
    },
  },
  {
    id: 'dynamics365',
    name: 'Dynamics 365',
    supportType: 'cloud',
    spellings: ['dynamics 365', 'dynamics365|d365', 'dynamics crm online'],
    localSpellings: { ru: ['динамикс 365'] },
  },
  {
    id: 'powerPlatform',
    name: 'Power Platform',
    supportType: 'cloud',
    spellings: ['power platform|apps|automate|bi', 'powerapps|powerbi'],
  },
  { id: 'intune', name: 'Intune', supportType: 'cloud', spellings: ['~intune', 'microsoft intune'], localSpellings: { ru: ['интюн*|интун*'] } },
  {
    id: 'entraId',
    name: 'Microsoft Entra ID',
    supportType: 'cloud',
    spellings: ['entra id', 'entra', 'azure ad', 'azure active directory', 'azuread'],
  },
  // On-premises products
  {
    id: 'windowsServer',
    name: 'Windows Server',
    supportType: 'onPremises',
    spellings: ['windows|win server*|sever*|servr*|serveur*|srv', 'winserver'],
    localSpellings: { ru: ['виндовс|виндоус сервер*'] },
  },
  {
    id: 'sqlServer',
    name: 'SQL Server',
    supportType: 'onPremises',
    spellings: ['sql server*|sever*|servr*|serveur*', 'ms sql server*', 'mssql|sqlserver', 'sql 2005|2008|2012|2014|2016|2017|2019|2022'],
    // "сервер SQL", "serveur SQL": the name the other way round.
    localSpellings: { ru: ['sql сервер*', 'скуль сервер*', 'сервер*|серваке|сервак sql'], fr: ['serveur|serveurs sql'] },
  },
  {
    id: 'exchangeServer',
    name: 'Exchange Server',
    supportType: 'onPremises',
    spellings: ['~exchange server*|sever*|servr*|serveur*', '~exchange 2010|2013|2016|2019'],
    localSpellings: { ru: ['эксчейндж*|эксченж* сервер*'] },
  },
  {
    id: 'sharePointServer',
    name: 'SharePoint Server',
    supportType: 'onPremises',
    spellings: ['sharepoint|sharpoint server*|sever*|servr*|serveur*', 'share point server*', 'sharepoint 2013|2016|2019'],
    localSpellings: { ru: ['шарепоинт*|шейрпоинт*|шарпоинт* сервер*'] },
  },
  {
    id: 'systemCenter',
    name: 'System Center',
    supportType: 'onPremises',
    spellings: ['system center', 'sccm|scom|scvmm', 'configuration manager'],
  },
  {
    id: 'windowsClient',
    name: 'Windows 10 / Windows 11',
    supportType: 'onPremises',
    // Older releases too ("Windows 7", "Windows XP"): an on-premises product whatever its age (see aka.ms/n-1).
    spellings: ['windows|win 10|11|xp|vista|7|8', 'win10|win11|windows10|windows11|win7|winxp|windows7|windowsxp'],
    localSpellings: { ru: ['виндовс|виндоус 10|11|xp|7|8'] },
    versionedAs: 'Windows',
  },
  {
    id: 'officeOnPremises',
    name: 'Office 2016 / 2019 / 2021',
    supportType: 'onPremises',
    // Any year's release ("Office 2010", "Outlook 2013"): on-premises, whether still recent is aka.ms/n-1's to say.
    spellings: ['office|outlook|excel|word|visio 20*', 'office ltsc'],
    localSpellings: { ru: ['офис 20*'] },
    versionedAs: 'Office',
  },
  {
    id: 'dynamicsOnPremises',
    name: 'Dynamics CRM / AX / NAV / GP (on-premises)',
    supportType: 'onPremises',
    // The releases installed on a server ("Dynamics CRM 2011", "Dynamics AX", "Navision"); Dynamics 365 is the cloud one.
    spellings: ['dynamics crm 20*|4*|3*', 'dynamics ax|nav|gp', 'navision', 'microsoft dynamics crm 20*'],
    versionedAs: 'Dynamics',
  },
  { id: 'hyperV', name: 'Hyper-V', supportType: 'onPremises', spellings: ['hyper v', 'hyperv'] },
];

export const PRODUCT_FAMILIES: readonly ProductFamily[] = [
  {
    id: 'exchange',
    name: 'Exchange',
    cloud: 'exchangeOnline',
    onPremises: 'exchangeServer',
    spellings: ['~exchange'],
    localSpellings: { ru: ['эксчейндж*|эксченж*'] },
  },
  {
    id: 'sharePoint',
    name: 'SharePoint',
    cloud: 'sharePointOnline',
    onPremises: 'sharePointServer',
    spellings: ['sharepoint|sharpoint|sharepont', 'share point'],
    localSpellings: { ru: ['шарепоинт*|шейрпоинт*|шарпоинт*'] },
  },
];

const BY_ID: ReadonlyMap<ProductId, Product> = new Map(PRODUCTS.map((p) => [p.id, p]));
const FAMILY_BY_ID: ReadonlyMap<ProductFamilyId, ProductFamily> = new Map(PRODUCT_FAMILIES.map((f) => [f.id, f]));

export function isProductFamily(ref: ProductRef): ref is ProductFamilyId {
  return FAMILY_BY_ID.has(ref as ProductFamilyId);
}

export function productFamily(id: ProductFamilyId): ProductFamily {
  const family = FAMILY_BY_ID.get(id);
  if (!family) throw new Error(`Unknown product family ${id}`);
  return family;
}

export function product(id: ProductId): Product {
  const p = BY_ID.get(id);
  if (!p) throw new Error(`Unknown product ${id}`);
  return p;
}

/** The support type a named product decides; undefined for a family named without its form. */
export function supportTypeOfProduct(ref: ProductRef): SupportType | undefined {
  return isProductFamily(ref) ? undefined : product(ref).supportType;
}

/** A family's product in the given form ("Exchange" + on-premises → Exchange Server). */
export function productInForm(ref: ProductRef, supportType: SupportType): ProductId {
  if (!isProductFamily(ref)) return ref;
  const family = productFamily(ref);
  return supportType === 'cloud' ? family.cloud : family.onPremises;
}

export function productName(ref: ProductRef): string {
  return isProductFamily(ref) ? productFamily(ref).name : product(ref).name;
}

export function isProductRef(value: unknown): value is ProductRef {
  return typeof value === 'string' && (BY_ID.has(value as ProductId) || FAMILY_BY_ID.has(value as ProductFamilyId));
}
