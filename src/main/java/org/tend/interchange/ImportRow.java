package org.tend.interchange;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One row of the file in a preview: where it is, who, and what applying does with it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRow(int line, String name, ImportAction action, String reason) {
}
