package org.tend.shared;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tend.scheduling.enabled=false} (as in every test context) leaves no scheduler
 * that could run a background job behind a test's back; switched on, as in the app, the
 * jobs are scheduled. A library's own {@code @EnableScheduling} (Spring Modulith's
 * moments did this) would break the first half.
 */
class SchedulingSwitchTests {

	@Nested
	@SpringBootTest
	class SwitchedOff {

		@Autowired
		ApplicationContext context;

		@Test
		void noSchedulerRunsAnyJob() {
			assertThat(this.context.getBeansOfType(ScheduledTaskHolder.class).values()).as("schedulers and their tasks")
				.allSatisfy((holder) -> assertThat(holder.getScheduledTasks()).isEmpty());
			assertThat(this.context.getBeanNamesForType(ScheduledTaskHolder.class)).isEmpty();
		}

	}

	@Nested
	@SpringBootTest(properties = "tend.scheduling.enabled=true")
	class SwitchedOn {

		@Autowired
		ApplicationContext context;

		@Test
		void theJobsAreScheduled() {
			assertThat(this.context.getBeansOfType(ScheduledTaskHolder.class).values())
				.flatMap(ScheduledTaskHolder::getScheduledTasks)
				.map((task) -> task.getTask().getRunnable().toString())
				.anySatisfy((job) -> assertThat(job).contains("OutboxSender"))
				.anySatisfy((job) -> assertThat(job).contains("DepthDecayJob"));
		}

	}

}
