package org.tend.groups;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tend.groups.internal.AgendaRepository;
import org.tend.groups.internal.ContinuationRepository;
import org.tend.shared.Ids;
import org.tend.shared.web.InvalidInput;

/**
 * A group's shared agenda: its members add items and remove their own; nobody else sees
 * it (the group's 404). A closed group's agenda stays readable but takes no more items.
 */
@Service
public class GroupAgendaService {

	private final GroupsService groups;

	private final AgendaRepository agenda;

	private final ContinuationRepository continuations;

	private final Clock clock;

	GroupAgendaService(GroupsService groups, AgendaRepository agenda, ContinuationRepository continuations,
			Clock clock) {
		this.groups = groups;
		this.agenda = agenda;
		this.continuations = continuations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgendaItem> items(UUID memberId, UUID groupId) {
		this.groups.group(memberId, groupId);
		return this.agenda.items(memberId, groupId);
	}

	@Transactional
	public AgendaItem add(UUID memberId, UUID groupId, String text) {
		String t = (text != null) ? text.strip() : "";
		if (t.isEmpty()) {
			throw InvalidInput.of("text", "text is required");
		}
		if (t.length() > AgendaItem.MAX_TEXT) {
			throw InvalidInput.of("text", "text has at most " + AgendaItem.MAX_TEXT + " characters");
		}
		this.groups.group(memberId, groupId);
		// the lock also keeps two members adding at once within the limit
		if (this.continuations.lockAndReadClosed(groupId).isPresent()) {
			throw GroupConflict.closed();
		}
		if (this.agenda.count(groupId) >= AgendaItem.MAX_ITEMS) {
			throw GroupConflict.agendaFull();
		}
		AgendaItem item = new AgendaItem(Ids.newId(), groupId, memberId, null, t,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.agenda.insert(item);
		return this.agenda.item(memberId, groupId, item.id()).orElseThrow();
	}

	/** Removes the member's own item; another member's is {@link NotYourItem}. */
	@Transactional
	public void remove(UUID memberId, UUID groupId, UUID itemId) {
		this.groups.group(memberId, groupId);
		AgendaItem item = this.agenda.item(memberId, groupId, itemId).orElseThrow(() -> GroupNotFound.withId(itemId));
		if (!item.authorId().equals(memberId) || !this.agenda.delete(memberId, groupId, itemId)) {
			throw new NotYourItem();
		}
	}

}
