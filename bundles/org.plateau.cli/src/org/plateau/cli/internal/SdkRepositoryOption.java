package org.plateau.cli.internal;

import java.net.URI;

import org.plateau.sdk.P2Repositories;

import picocli.CommandLine.Option;

/** The {@code --sdk} option of new-family and new-distribution: the Plateau SDK repository to build against. */
final class SdkRepositoryOption {

	@Option(names = "--sdk", paramLabel = "DIR", defaultValue = "${env:PLATEAU_SDK}", description = "The Plateau SDK p2 repository to build against: a local folder (a copy of the repository, or its .zip unpacked) (default: $PLATEAU_SDK; in a source checkout ./plateau sets it to the repository the build made).")
	String sdk;

	/**
	 * The repository's URL.
	 *
	 * @throws IllegalArgumentException when none is given, or the text is neither a folder nor a URL
	 */
	URI location() {
		if (sdk == null || sdk.isBlank()) {
			throw new IllegalArgumentException("no SDK repository: give --sdk DIR or set PLATEAU_SDK (the p2"
					+ " repository of a Plateau build, releng/org.plateau.product/target/repository)");
		}
		return P2Repositories.location("--sdk", sdk);
	}
}
