/**
 * The pieces the server-rendered pages share: the frame ({@link org.sendsearch.web.page.Page}) and
 * small components (back link, table head, select field, the hidden search state, the facet group,
 * the error and warning boxes, the citation line...). Each writes one piece of markup with jsoup's
 * element API, so text and attributes are escaped by construction, and each exists once, so the
 * page classes in {@code web} read as their layout. Components know markup, not where their data
 * comes from: they take plain values, never a service.
 */
package org.sendsearch.web.page;
