export * from './models';
export * from './cardBuilders';
export { CardRenderer, CardRenderError, ADAPTIVE_CARD_CONTENT_TYPE } from './cardRenderer';
export type { AdaptiveCardAttachment, CardRendererOptions, CardCacheStats } from './cardRenderer';
