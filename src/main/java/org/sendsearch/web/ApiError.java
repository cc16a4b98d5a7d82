package org.sendsearch.web;

/**
 * The one body of every JSON error answer: {@code {"status": 404, "message": "..."}}, the status
 * repeated for clients that only see the body, and a message in words fit to show the person who
 * sent the request (never an exception's class, a stack trace or Elasticsearch's own text).
 * Written only by {@link ErrorResponses}.
 */
record ApiError(int status, String message) {}
