/**
 * A small colour photo with known real colours: blue sky, green grass and a red house (240 × 160),
 * as a PNG Blob. Self-contained, so its source can be handed to Playwright's page.evaluate.
 */
export declare function drawHousePhoto(): Promise<Blob>;
