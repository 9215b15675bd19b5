package org.tend;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances may share one database, so every scheduled job takes a named ShedLock
 * lock; and a locked method returns nothing, since ShedLock cannot make up a primitive
 * result for a run it skips.
 */
class ScheduledJobsTests {

	@Test
	void everyScheduledJobIsLockedAndReturnsNothing() throws Exception {
		List<Method> jobs = scheduledMethods();

		assertThat(jobs).as("the scheduled jobs found").isNotEmpty();
		assertThat(jobs).allSatisfy((job) -> {
			assertThat(job.getAnnotation(SchedulerLock.class)).as(job + " takes a lock").isNotNull();
			assertThat(job.getReturnType()).as(job + " returns nothing").isEqualTo(void.class);
		});
		assertThat(jobs.stream().map((job) -> job.getAnnotation(SchedulerLock.class).name()))
			.as("one lock name per job")
			.doesNotHaveDuplicates();
	}

	private static List<Method> scheduledMethods() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		List<Method> jobs = new ArrayList<>();
		for (BeanDefinition bean : scanner.findCandidateComponents("org.tend")) {
			Class<?> type = ClassUtils.forName(bean.getBeanClassName(), ScheduledJobsTests.class.getClassLoader());
			for (Method method : type.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Scheduled.class)) {
					jobs.add(method);
				}
			}
		}
		return jobs;
	}

}
