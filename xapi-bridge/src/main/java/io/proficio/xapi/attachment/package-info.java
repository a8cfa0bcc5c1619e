/**
 * xAPI Attachments as they travel with Statements (xAPI 1.0.3 Communication §1.5.2, Data §2.4.11) and
 * Signed Statements (Data §2.6): reading a {@code multipart/mixed} request into its Statements text and
 * {@link io.proficio.xapi.attachment.AttachmentPart}s, checking that parts and Attachment objects match
 * by SHA-2, verifying a signature attachment, and writing the {@code multipart/mixed} answer to a GET
 * with {@code attachments=true}. Pure functions over bytes and JSON; every refusal is an
 * {@link io.proficio.xapi.http.XapiRejected} with status 400.
 *
 * <p>A PUT or POST goes: {@link io.proficio.xapi.attachment.MultipartStatements#parse} (or, for an
 * {@code application/json} body, {@link io.proficio.xapi.attachment.AttachmentCheck#requireNoInlineAttachments}),
 * then the Statement validator, then {@link io.proficio.xapi.attachment.AttachmentCheck#check}, then
 * {@link io.proficio.xapi.attachment.SignedStatements#verify} for each Statement.
 */
package io.proficio.xapi.attachment;
