/**
 * The ids of the product catalog (src/domain/products.ts): what the `product` slot of a question holds.
 * Their own module, so the shared vocabulary (types.ts) and the catalog, which uses that vocabulary, do not
 * import each other.
 */
export const PRODUCT_IDS = [
  'azure',
  'azureSql',
  'microsoft365',
  'exchangeOnline',
  'sharePointOnline',
  'teams',
  'dynamics365',
  'powerPlatform',
  'intune',
  'entraId',
  'windowsServer',
  'sqlServer',
  'exchangeServer',
  'sharePointServer',
  'systemCenter',
  'windowsClient',
  'officeOnPremises',
  'dynamicsOnPremises',
  'hyperV',
] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

/** A name used for both a cloud and an on-premises product ("Exchange", "SharePoint"): the user is asked. */
export const PRODUCT_FAMILY_IDS = ['exchange', 'sharePoint'] as const;
export type ProductFamilyId = (typeof PRODUCT_FAMILY_IDS)[number];

/** What the `product` slot holds: a product, or a family whose form was not said. */
export type ProductRef = ProductId | ProductFamilyId;
