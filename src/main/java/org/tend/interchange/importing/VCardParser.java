package org.tend.interchange.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;

import org.tend.interchange.ImportFormat;
import org.tend.interchange.ImportRejected;
import org.tend.people.PersonInput;

/**
 * vCard 2.1 (quoted-printable), 3.0 (Apple's {@code item1.} groups, folded lines) and
 * 4.0, any number of cards per file, read by ez-vcard. ez-vcard is lenient and reports no
 * positions, so the cards' lines come from a scan of their BEGIN and END lines, which
 * also rejects a card that is never closed.
 */
final class VCardParser implements ContactParser {

	@Override
	public ImportFormat format() {
		return ImportFormat.VCARD;
	}

	@Override
	public ParsedFile parse(String text) {
		List<Integer> starts = cardLines(text);
		List<VCard> cards;
		try {
			cards = Ezvcard.parse(text).all();
		}
		catch (RuntimeException ex) {
			// ez-vcard's own failure on bytes it cannot make sense of: the file's fault
			throw ImportRejected.at(starts.get(0), "this vCard file cannot be read");
		}
		List<ParsedRow> rows = new ArrayList<>();
		for (int i = 0; i < cards.size(); i++) {
			int line = starts.get(Math.min(i, starts.size() - 1));
			PersonInput person = person(cards.get(i));
			rows.add((person != null) ? ParsedRow.of(line, person) : ParsedRow.skipped(line, null, "no name"));
		}
		return new ParsedFile(ImportFormat.VCARD, rows, null);
	}

	/** The line of each card's BEGIN; rejects cards left open or closed twice. */
	static List<Integer> cardLines(String text) {
		List<Integer> starts = new ArrayList<>();
		int open = -1;
		int number = 0;
		for (String line : text.split("\r\n|\r|\n", -1)) {
			number++;
			String upper = line.strip().toUpperCase(Locale.ROOT);
			if (upper.startsWith("BEGIN:VCARD")) {
				if (open > 0) {
					throw ImportRejected.at(open, "this card has no END:VCARD before the next BEGIN:VCARD");
				}
				open = number;
				starts.add(number);
			}
			else if (upper.startsWith("END:VCARD")) {
				if (open < 0) {
					throw ImportRejected.at(number, 1, "END:VCARD without a BEGIN:VCARD");
				}
				open = -1;
			}
		}
		if (open > 0) {
			throw ImportRejected.at(open, "this card has no END:VCARD");
		}
		if (starts.isEmpty()) {
			throw ImportRejected.at(1, "no BEGIN:VCARD in the file");
		}
		return starts;
	}

	private static PersonInput person(VCard card) {
		ContactDraft draft = new ContactDraft();
		draft.name = name(card);
		Organization organization = card.getOrganization();
		if (organization != null && !organization.getValues().isEmpty()) {
			draft.company = organization.getValues().get(0);
		}
		draft.role = card.getTitles().stream().map(Title::getValue).findFirst().orElse(null);
		draft.city = card.getAddresses()
			.stream()
			.map(Address::getLocality)
			.filter((city) -> city != null)
			.findFirst()
			.orElse(null);
		card.getEmails().stream().map(Email::getValue).forEach(draft.emails::add);
		card.getTelephoneNumbers().stream().map(VCardParser::phone).forEach(draft.phones::add);
		card.getUrls().stream().map(Url::getValue).forEach(draft.links::add);
		card.getExtendedProperties("X-SOCIALPROFILE").stream().map(RawProperty::getValue).forEach(draft.links::add);
		card.getCategoriesList().stream().map(Categories::getValues).forEach(draft.tags::addAll);
		if (draft.name == null && !draft.emails.isEmpty()) {
			draft.name = draft.emails.get(0);
		}
		draft.emails.removeIf((email) -> email == null);
		draft.phones.removeIf((phone) -> phone == null);
		draft.links.removeIf((link) -> link == null);
		draft.tags.removeIf((tag) -> tag == null);
		return draft.toInput();
	}

	private static String name(VCard card) {
		String formatted = card.getFormattedNames()
			.stream()
			.map(FormattedName::getValue)
			.filter((name) -> name != null)
			.map((name) -> ContactDraft.fit(name, 200))
			.filter((name) -> name != null)
			.findFirst()
			.orElse(null);
		if (formatted != null) {
			return formatted;
		}
		StructuredName structured = card.getStructuredName();
		if (structured == null) {
			return null;
		}
		String joined = String.join(" ",
				Stream.of(structured.getGiven(), structured.getFamily())
					.map((part) -> ContactDraft.fit(part, 200))
					.filter((part) -> part != null)
					.toList());
		return joined.isEmpty() ? null : joined;
	}

	private static String phone(Telephone telephone) {
		if (telephone.getText() != null) {
			return telephone.getText();
		}
		return (telephone.getUri() != null) ? telephone.getUri().getNumber() : null;
	}

}
