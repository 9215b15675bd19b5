package org.tend.challenge;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.tend.accounts.CurrentMember;
import org.tend.challenge.internal.PhotoCleanerTests;
import org.tend.support.JsonApi.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The share card: consent before a name, a photo stored without its metadata. */
class SharePageTests extends AnaInMadrid {

	private UUID coffee;

	@BeforeEach
	void meeting() {
		UUID zoe = this.api.as(this.ana).create("/api/v1/people", Map.of("name", "Zoë Ñúñez 🌱"));
		this.coffee = this.api.as(this.ana)
			.create("/api/v1/meetings", Map.of("personIds", List.of(zoe), "kind", "coffee", "startsAt",
					"2026-11-20T10:00:00+01:00", "status", "happened"));
	}

	@Test
	void theTextNamesNobodyUntilTheMemberTicksThatTheyAgreed() throws Exception {
		String page = body(get(share()), this.signedIn);
		assertThat(page).contains("#slownetworking", "someone from my network").doesNotContain("with Zoë");

		MvcResult saved = perform(multipart(share()).param("nameAgreed", "true"), this.signedIn);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(share());
		assertThat(body(get(share()), this.signedIn)).contains("coffee with Zoë Ñúñez 🌱", "#slownetworking");
	}

	@Test
	void thePhotoIsKeptWithoutItsMetadata() throws Exception {
		byte[] jpeg = PhotoCleanerTests.fixture("photo-with-exif.jpg");

		perform(multipart(share()).file(new MockMultipartFile("photo", "IMG_0042.jpg", "image/jpeg", jpeg)),
				this.signedIn);

		MvcResult photo = perform(get(share() + "/photo"), this.signedIn);
		assertThat(photo.getResponse().getStatus()).isEqualTo(200);
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/jpeg");
		String stored = new String(photo.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("Exif", "GPS", "Secret");
		assertThat(body(get(share()), this.signedIn)).contains("share/photo");
	}

	@Test
	void somethingElseThanAPhotoIsRefusedWithAMessage() throws Exception {
		MvcResult refused = perform(
				multipart(share())
					.file(new MockMultipartFile("photo", "notes.txt", "image/png", "not a picture".getBytes())),
				this.signedIn);

		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("must be a JPEG or PNG");
		assertThat(perform(get(share() + "/photo"), this.signedIn).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPngThatWouldTakeTooMuchMemoryOnceDecodedIs413WithAMessage() throws Exception {
		byte[] bomb = PhotoCleanerTests.sixteenBitPng(5000, 5000);

		MvcResult refused = perform(
				multipart(share()).file(new MockMultipartFile("photo", "bomb.png", "image/png", bomb)), this.signedIn);

		assertThat(refused.getResponse().getStatus()).isEqualTo(413);
		assertThat(refused.getResponse().getContentAsString()).contains("too many pixels", "5000 × 5000",
				"once decoded");
		assertThat(perform(get(share() + "/photo"), this.signedIn).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anotherMembersMeetingIsNotFound() throws Exception {
		Member bo = this.api.signUp("Bo");
		CurrentMember boSignedIn = new CurrentMember(bo.id(), bo.email(), "Bo", ChallengePagesTests.MADRID);
		perform(multipart(share()).file(
				new MockMultipartFile("photo", "a.png", "image/png", PhotoCleanerTests.fixture("photo-with-text.png"))),
				this.signedIn);

		assertThat(perform(get(share()), boSignedIn).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(get(share() + "/photo"), boSignedIn).getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(multipart(share()).param("nameAgreed", "true"), boSignedIn).getResponse().getStatus())
			.isEqualTo(404);
		assertThat(body(get(share()), this.signedIn)).contains("someone from my network");
	}

	private String share() {
		return "/challenge/meetings/" + this.coffee + "/share";
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, CurrentMember member) throws Exception {
		return this.mvc.perform(request.with(authentication(ChallengePagesTests.as(member))).with(csrf())).andReturn();
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request, CurrentMember member) throws Exception {
		MvcResult result = perform(request, member);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
