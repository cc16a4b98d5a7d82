/**
 * The domain vocabulary every stage shares: document types, sections, polarities, inspection
 * frameworks and outcomes (enums with their stored id, their label and their predicates), theme
 * references, the JSON form of dates, and the table of index field names. Extraction writes these
 * values, the index stores their ids, search and the pages read them back as the same types. The
 * package sits below the stages and imports nothing of the project but itself, so each value, its
 * label and what it means ("an inspection document", "a weakness") are written once.
 */
package org.sendsearch.model;
