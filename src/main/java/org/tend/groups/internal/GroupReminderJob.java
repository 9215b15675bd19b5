package org.tend.groups.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tend.accounts.Account;
import org.tend.accounts.AccountsService;
import org.tend.community.CommunityMember;
import org.tend.community.CommunityService;
import org.tend.groups.AgendaItem;
import org.tend.mail.MailOutbox;
import org.tend.mail.OutgoingMail;

/**
 * Queues the reminder for each session of an open group once it is less than a day away,
 * to each member still active in the community, with the group's agenda so far. One
 * instance at a time (lock {@code group-session-reminders}), and one mail per session and
 * member anyway (the outbox's dedupe key), however often it runs.
 */
@Component
class GroupReminderJob {

	private static final Logger log = LoggerFactory.getLogger(GroupReminderJob.class);

	static final Duration AHEAD = Duration.ofHours(24);

	private final ReminderRepository reminders;

	private final ReminderMail mail;

	private final AgendaRepository agenda;

	private final CommunityService communities;

	private final AccountsService accounts;

	private final MailOutbox outbox;

	private final Clock clock;

	GroupReminderJob(ReminderRepository reminders, ReminderMail mail, AgendaRepository agenda,
			CommunityService communities, AccountsService accounts, MailOutbox outbox, Clock clock) {
		this.reminders = reminders;
		this.mail = mail;
		this.agenda = agenda;
		this.communities = communities;
		this.accounts = accounts;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${tend.groups.remind-every:PT15M}", initialDelayString = "PT3M")
	@SchedulerLock(name = "group-session-reminders", lockAtMostFor = "PT30M",
			lockAtLeastFor = "${tend.jobs.lock-at-least-for:PT20S}")
	public void remind() {
		Instant now = this.clock.instant();
		Map<UUID, List<ReminderRepository.Due>> byGroup = new LinkedHashMap<>();
		for (ReminderRepository.Due due : this.reminders.due(now, now.plus(AHEAD))) {
			if (!this.outbox.queued(ReminderMail.key(due))) {
				byGroup.computeIfAbsent(due.groupId(), (id) -> new ArrayList<>()).add(due);
			}
		}
		List<OutgoingMail> mails = new ArrayList<>();
		for (List<ReminderRepository.Due> group : byGroup.values()) {
			// who left the community since publishing is not reminded
			Set<UUID> active = new HashSet<>();
			this.communities
				.activeMembers(group.get(0).communityId(),
						group.stream().map(ReminderRepository.Due::memberId).toList())
				.stream()
				.map(CommunityMember::memberId)
				.forEach(active::add);
			List<String> items = this.agenda.items(group.get(0).memberId(), group.get(0).groupId())
				.stream()
				.map(AgendaItem::text)
				.toList();
			for (ReminderRepository.Due due : group) {
				if (!active.contains(due.memberId())) {
					continue;
				}
				this.accounts.findById(due.memberId())
					.filter((account) -> account.email() != null)
					.ifPresent(
							(Account account) -> mails.add(this.mail.of(due, account.email(), account.zone(), items)));
			}
		}
		if (!mails.isEmpty()) {
			int queued = this.outbox.enqueueAll(mails);
			log.info("Small groups: {} session reminders queued", queued);
		}
	}

}
