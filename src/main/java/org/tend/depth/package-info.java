/**
 * Depth, not size: a documented, versioned score of how deep each relationship is (see
 * docs/depth-model.md), kept fresh from the other modules' events, the circles it
 * suggests, and the insights page that draws it.
 */
package org.tend.depth;
