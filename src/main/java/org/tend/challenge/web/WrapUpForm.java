package org.tend.challenge.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.tend.challenge.WrapUp;
import org.tend.ledger.Direction;
import org.tend.ledger.ExchangeKind;
import org.tend.ledger.NewExchange;
import org.tend.ledger.NewPromise;
import org.tend.ledger.PromiseOwner;
import org.tend.meetings.Reflection;

/**
 * The reflection form with its promise and exchange lines. A JavaBean, not a record, on
 * purpose: Spring binds indexed rows ({@code promises[1].text}) into a bean's growing
 * list, and the form re-renders from the very object it bound. A row left blank is
 * ignored.
 */
public class WrapUpForm {

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

	static WrapUpForm of(Reflection reflection) {
		WrapUpForm form = new WrapUpForm();
		form.learned = reflection.learned();
		form.shared = reflection.shared();
		form.adviceOffered = reflection.adviceOffered();
		form.helpAsked = reflection.helpAsked();
		form.nextStep = reflection.nextStep();
		return form.withEmptyRows();
	}

	/** Pads the lines up to {@link #ROWS} so that the page always offers some. */
	WrapUpForm withEmptyRows() {
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
	WrapUp toWrapUp(UUID onlyPerson, List<String> problems) {
		List<NewPromise> newPromises = new ArrayList<>();
		List<NewExchange> newExchanges = new ArrayList<>();
		for (int i = 0; i < this.promises.size(); i++) {
			PromiseRow row = this.promises.get(i);
			if (blank(row.text)) {
				continue;
			}
			try {
				newPromises.add(new NewPromise(person(row.personId, onlyPerson), PromiseOwner.fromCode(row.owner),
						row.text.strip(), blank(row.due) ? null : LocalDate.parse(row.due.strip()), null, null));
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				problems.add("promise " + (i + 1) + ": " + ex.getMessage());
			}
		}
		for (int i = 0; i < this.exchanges.size(); i++) {
			ExchangeRow row = this.exchanges.get(i);
			if (blank(row.description)) {
				continue;
			}
			try {
				newExchanges.add(new NewExchange(person(row.personId, onlyPerson), Direction.fromCode(row.direction),
						ExchangeKind.fromCode(row.kind), row.description.strip(), null, null));
			}
			catch (IllegalArgumentException ex) {
				problems.add("help line " + (i + 1) + ": " + ex.getMessage());
			}
		}
		if (newPromises.size() > WrapUp.MAX_LINES || newExchanges.size() > WrapUp.MAX_LINES) {
			problems.add("at most " + WrapUp.MAX_LINES + " promises and " + WrapUp.MAX_LINES + " help lines");
		}
		if (!problems.isEmpty()) {
			return null;
		}
		return new WrapUp(new Reflection(this.learned, this.shared, this.adviceOffered, this.helpAsked, this.nextStep),
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

	/**
	 * A promise line: its text (at most 1000 characters), who owes it, an optional due
	 * date.
	 */
	public static class PromiseRow {

		@Size(max = NewPromise.MAX_TEXT)
		private String text;

		private String owner = "me";

		private String due;

		private String personId;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getOwner() {
			return this.owner;
		}

		public void setOwner(String owner) {
			this.owner = owner;
		}

		public String getDue() {
			return this.due;
		}

		public void setDue(String due) {
			this.due = due;
		}

		public String getPersonId() {
			return this.personId;
		}

		public void setPersonId(String personId) {
			this.personId = personId;
		}

	}

	/** A line of help given or received: its description (at most 2000 characters). */
	public static class ExchangeRow {

		@Size(max = NewExchange.MAX_DESCRIPTION)
		private String description;

		private String direction = "given";

		private String kind = "advice";

		private String personId;

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getDirection() {
			return this.direction;
		}

		public void setDirection(String direction) {
			this.direction = direction;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getPersonId() {
			return this.personId;
		}

		public void setPersonId(String personId) {
			this.personId = personId;
		}

	}

}
