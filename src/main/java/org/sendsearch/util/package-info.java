/**
 * Primitives every stage shares (SHA-256 as hex, HTML escaping). This package sits below all the
 * others and imports nothing of the project, so using it never makes one stage depend on another.
 */
package org.sendsearch.util;
