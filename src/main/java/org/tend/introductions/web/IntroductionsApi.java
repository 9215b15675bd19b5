package org.tend.introductions.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tend.accounts.CurrentMember;
import org.tend.introductions.Introduction;
import org.tend.introductions.IntroductionsService;
import org.tend.introductions.NewIntroduction;

/** Introductions the member asks for, as JSON. */
@RestController
@RequestMapping("/api/v1/introductions")
class IntroductionsApi {

	private final IntroductionsService introductions;

	IntroductionsApi(IntroductionsService introductions) {
		this.introductions = introductions;
	}

	/** Asks both people; 201 with the introduction, status "asked". */
	@PostMapping
	ResponseEntity<Introduction> ask(CurrentMember member, @RequestBody NewIntroduction introduction) {
		Introduction asked = this.introductions.ask(member.id(), introduction);
		return ResponseEntity.created(URI.create("/api/v1/introductions/" + asked.id())).body(asked);
	}

	/** Where it stands, with both answers (the member asked both). */
	@GetMapping("/{id}")
	Introduction show(CurrentMember member, @PathVariable UUID id) {
		return this.introductions.introduction(member.id(), id);
	}

}
