package org.tend.interchange.export;

import java.util.List;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Note;

import org.tend.people.PersonDetails;

/** People as vCard 4.0: what any address book reads. */
public final class PeopleVCards {

	private PeopleVCards() {
	}

	public static String write(List<PersonDetails> people) {
		List<VCard> cards = people.stream().map(PeopleVCards::card).toList();
		return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
	}

	private static VCard card(PersonDetails person) {
		VCard card = new VCard();
		card.setFormattedName(person.name());
		if (person.company() != null) {
			card.setOrganization(person.company());
		}
		if (person.role() != null) {
			card.addTitle(person.role());
		}
		if (person.city() != null) {
			Address address = new Address();
			address.setLocality(person.city());
			card.addAddress(address);
		}
		person.emails().forEach(card::addEmail);
		person.phones().forEach(card::addTelephoneNumber);
		person.links().forEach(card::addUrl);
		if (!person.tags().isEmpty()) {
			Categories categories = new Categories();
			categories.getValues().addAll(person.tags());
			card.setCategories(categories);
		}
		if (person.howWeMet() != null) {
			card.addNote(new Note(person.howWeMet()));
		}
		return card;
	}

}
