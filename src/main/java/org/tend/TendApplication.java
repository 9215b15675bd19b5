package org.tend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TendApplication {

	public static void main(String[] args) {
		SpringApplication.run(TendApplication.class, args);
	}

}
