package org.tend.challenge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.tend.challenge.MeetingReflection;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseOwner;
import org.tend.meetings.Reflection;

/**
 * The reflection form with its promise and exchange lines ({@link PromiseRow},
 * {@link ExchangeRow}). A JavaBean, not a record, on purpose: Spring binds indexed rows
 * ({@code promises[1].text}) into a bean's growing list, and the form re-renders from the
 * very object it bound. A row left blank is ignored.
 */
public class ReflectForm {

	/** Empty rows offered on the page. */
	static final int ROWS = 3;

	@Size(max = Reflection.MAX_LENGTH)
	private String learned;

	@Size(max = Reflection.MAX_LENGTH)
	private String shared;

	@Size(max = Reflection.MAX_LENGTH)
	private String adviceOffered;

	@Size(max = Reflection.MAX_LENGTH)
	private String helpAsked;

	@Size(max = Reflection.MAX_LENGTH)
	private String nextStep;

	@Valid
	private List<PromiseRow> promises = new ArrayList<>();

	@Valid
	private List<ExchangeRow> exchanges = new ArrayList<>();

	static ReflectForm of(Reflection reflection) {
		ReflectForm form = new ReflectForm();
		form.learned = reflection.learned();
		form.shared = reflection.shared();
		form.adviceOffered = reflection.adviceOffered();
		form.helpAsked = reflection.helpAsked();
		form.nextStep = reflection.nextStep();
		return form.withEmptyRows();
	}

	/** Pads the lines up to {@link #ROWS} so that the page always offers some. */
	ReflectForm withEmptyRows() {
		while (this.promises.size() < ROWS) {
			this.promises.add(new PromiseRow());
		}
		while (this.exchanges.size() < ROWS) {
			this.exchanges.add(new ExchangeRow());
		}
		return this;
	}

	/**
	 * The command, or the problems found reading the lines (added to {@code problems},
	 * null returned). A line without a person goes to {@code onlyPerson} when the meeting
	 * had one.
	 */
	MeetingReflection toReflection(UUID onlyPerson, List<String> problems) {
		List<NewPromise> newPromises = new ArrayList<>();
		List<NewExchange> newExchanges = new ArrayList<>();
		for (int i = 0; i < this.promises.size(); i++) {
			PromiseRow row = this.promises.get(i);
			if (blank(row.getText())) {
				continue;
			}
			try {
				newPromises.add(new NewPromise(person(row.getPersonId(), onlyPerson),
						PromiseOwner.fromCode(row.getOwner()), row.getText().strip(),
						blank(row.getDue()) ? null : LocalDate.parse(row.getDue().strip()), null, null));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				problems.add("promise " + (i + 1) + ": " + ex.getMessage());
			}
		}
		for (int i = 0; i < this.exchanges.size(); i++) {
			ExchangeRow row = this.exchanges.get(i);
			if (blank(row.getDescription())) {
				continue;
			}
			try {
				newExchanges
					.add(new NewExchange(person(row.getPersonId(), onlyPerson), Direction.fromCode(row.getDirection()),
							ExchangeKind.fromCode(row.getKind()), row.getDescription().strip(), null, null));
			}
			catch (IllegalArgumentException ex) {
				problems.add("help line " + (i + 1) + ": " + ex.getMessage());
			}
		}
		if (newPromises.size() > MeetingReflection.MAX_LINES || newExchanges.size() > MeetingReflection.MAX_LINES) {
			problems.add("at most " + MeetingReflection.MAX_LINES + " promises and " + MeetingReflection.MAX_LINES
					+ " help lines");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new MeetingReflection(
				new Reflection(this.learned, this.shared, this.adviceOffered, this.helpAsked, this.nextStep),
				newPromises, newExchanges);
	}

	private static UUID person(String personId, UUID onlyPerson) {
		if (blank(personId)) {
			if (onlyPerson == null) {
				throw new IllegalArgumentException("choose who it is with");
			}
			return onlyPerson;
		}
		return UUID.fromString(personId.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getLearned() {
		return this.learned;
	}

	public void setLearned(String learned) {
		this.learned = learned;
	}

	public String getShared() {
		return this.shared;
	}

	public void setShared(String shared) {
		this.shared = shared;
	}

	public String getAdviceOffered() {
		return this.adviceOffered;
	}

	public void setAdviceOffered(String adviceOffered) {
		this.adviceOffered = adviceOffered;
	}

	public String getHelpAsked() {
		return this.helpAsked;
	}

	public void setHelpAsked(String helpAsked) {
		this.helpAsked = helpAsked;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public List<PromiseRow> getPromises() {
		return this.promises;
	}

	public void setPromises(List<PromiseRow> promises) {
		this.promises = promises;
	}

	public List<ExchangeRow> getExchanges() {
		return this.exchanges;
	}

	public void setExchanges(List<ExchangeRow> exchanges) {
		this.exchanges = exchanges;
	}

}
