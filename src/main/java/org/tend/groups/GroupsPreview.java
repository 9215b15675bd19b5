package org.tend.groups;

import java.util.List;
import java.util.UUID;

/** The groups the open wishes would give, and the members left unplaced. */
public record GroupsPreview(List<FormedGroup> groups, List<UUID> unplaced) {
}
