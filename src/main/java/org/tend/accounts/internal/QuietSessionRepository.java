package org.tend.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC store writes a session's last-access time on every request, so
 * every page view was also a database write (and, with H2, a file write). A session lives
 * for days; knowing its last access to the minute is enough to expire it, so this
 * repository passes a new last-access time on only when the stored one is at least
 * {@link #PRECISION} old. A request that changes nothing else then writes nothing.
 */
public final class QuietSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession<S>>, DisposableBean {

	static final Duration PRECISION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> delegate;

	private QuietSessionRepository(FindByIndexNameSessionRepository<S> delegate) {
		this.delegate = delegate;
	}

	static <S extends Session> QuietSessionRepository<S> over(FindByIndexNameSessionRepository<S> delegate) {
		return new QuietSessionRepository<>(delegate);
	}

	/**
	 * The JDBC repository stops its expired-session clean-up when the application stops.
	 */
	@Override
	public void destroy() throws Exception {
		if (this.delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	@Override
	public QuietSession<S> createSession() {
		return new QuietSession<>(this.delegate.createSession());
	}

	@Override
	public void save(QuietSession<S> session) {
		this.delegate.save(session.delegate);
	}

	@Override
	public QuietSession<S> findById(String id) {
		S session = this.delegate.findById(id);
		return (session != null) ? new QuietSession<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, QuietSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new QuietSession<>(entry.getValue())));
	}

	static final class QuietSession<S extends Session> implements Session {

		private final S delegate;

		QuietSession(S delegate) {
			this.delegate = delegate;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.delegate.getLastAccessedTime(), lastAccessedTime).compareTo(PRECISION) >= 0) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
