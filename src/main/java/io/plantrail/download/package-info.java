/**
 * What a reader takes away as a file, over plain HTTP beside the GraphQL API: the plan document
 * and the comparison (HTML and Markdown, as at any point) and the exported log, with refusals
 * answered as the API answers them.
 */
package io.plantrail.download;
