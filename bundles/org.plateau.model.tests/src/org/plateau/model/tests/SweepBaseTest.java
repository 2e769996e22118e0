package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.model.Sweep;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/**
 * A sweep's base is a file relative to the sweep (an absolute path only when the caller allows it), never a URL; and
 * loading a file opens nothing over the network. A server on the loopback interface counts the connections a load
 * would make: each test that names it expects none.
 */
class SweepBaseTest {

	@TempDir
	Path folder;

	private ServerSocket server;
	private final AtomicInteger connections = new AtomicInteger();

	@BeforeEach
	void listen() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(() -> {
			while (true) {
				try (Socket socket = server.accept()) {
					connections.incrementAndGet();
				}
				catch (SocketException closed) {
					return;
				}
				catch (IOException e) {
					connections.incrementAndGet();
				}
			}
		}, "loopback server");
		accept.setDaemon(true);
		accept.start();
	}

	@AfterEach
	void close() throws IOException {
		server.close();
	}

	private String url(String file) {
		return "http://127.0.0.1:" + server.getLocalPort() + "/" + file;
	}

	@Test
	void anHttpBaseIsRefusedWithoutAConnection() throws Exception {
		Path sweep = sweep("remote.sweep", url("base.plateau") + "#/");

		for (boolean allowAbsolute : new boolean[] { false, true }) {
			ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.loadSweep(sweep, allowAbsolute));
			assertTrue(e.getMessage().startsWith("Cannot load " + sweep + ": base: '" + url("base.plateau") + "#/' is a URL"), e.getMessage());
			assertTrue(e.getMessage().contains("a sweep's base must be a file relative to the sweep, e.g. base.plateau"), e.getMessage());
		}
		assertEquals(0, connections.get(), "connections to the sweep's base URL");
	}

	@Test
	void everyKindOfUrlIsRefused() throws Exception {
		for (String href : new String[] { "https://example.org/base.plateau#/", "ftp://example.org/base.plateau#/",
				"jar:file:/tmp/x.jar!/base.plateau#/", "platform:/plugin/org.plateau.family.gated/examples/race-toy.plateau#/",
				"//127.0.0.1:" + server.getLocalPort() + "/base.plateau#/", "file://fileserver/share/base.plateau#/" }) {
			Path sweep = sweep("url.sweep", href);
			ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.loadSweep(sweep, true), href);
			assertTrue(e.getMessage().contains("base: '" + href + "' is a URL"), e.getMessage());
		}
		assertEquals(0, connections.get());
	}

	@Test
	void anAbsoluteBaseIsReadOnlyWhenAllowed() throws Exception {
		Path base = base(folder.resolve("elsewhere"));
		for (String href : new String[] { base + "#/", URI.createFileURI(base.toString()) + "#/" }) {
			Path sweep = sweep("absolute.sweep", href);

			ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.loadSweep(sweep));
			assertEquals("Cannot load " + sweep + ": base: '" + href + "' is an absolute path: a sweep's base must be a file relative "
				+ "to the sweep, e.g. base.plateau; an absolute path needs --allow-absolute-base", e.getMessage());

			assertEquals("semantic-development", PlateauResources.loadSweep(sweep, true).getBase().getName());
		}
	}

	@Test
	void aRelativeBaseIsReadBesideTheSweepAndMayLeaveItsFolder() throws Exception {
		base(folder);
		Sweep beside = PlateauResources.loadSweep(sweep("beside.sweep", "base.plateau#/"));
		assertEquals("semantic-development", beside.getBase().getName());
		assertFalse(beside.getBase().eIsProxy());

		// ../ is a relative path too: a sweep in a subfolder of its experiments is allowed (documented on loadSweep)
		Files.createDirectories(folder.resolve("sweeps"));
		Sweep above = PlateauResources.loadSweep(sweep("sweeps/above.sweep", "../base.plateau#/"));
		assertEquals("semantic-development", above.getBase().getName());
		assertEquals(folder.resolve("base.plateau").toString(), above.getBase().eResource().getURI().toFileString());
	}

	@Test
	void anExperimentReferringToAnotherFileIsRefusedWithoutAConnection() throws Exception {
		Path file = Files.writeString(folder.resolve("remote-node.plateau"), """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:plateau="http://www.plateau.org/model/experiment/2.0" xmlns:gdln="http://www.plateau.org/model/gdln/1.0" name="x">
			  <architecture xsi:type="gdln:GatedArchitecture">
			    <nodes name="x" dim="2" kind="INPUT"/>
			    <nodes name="y" dim="2" kind="OUTPUT"/>
			    <edges name="W" target="//@architecture/@nodes.1">
			      <source href="%s#//@architecture/@nodes.0"/>
			    </edges>
			  </architecture>
			</plateau:Experiment>
			""".formatted(url("nodes.plateau")), StandardCharsets.UTF_8);

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().contains("field 'source' of GatedEdge refers to '" + url("nodes.plateau") + "#//@architecture/@nodes.0'"),
			e.getMessage());
		assertTrue(e.getMessage().contains("an experiment file refers only to what it holds"), e.getMessage());
		assertEquals(0, connections.get());
	}

	@Test
	void aSchemaLocationIsNeverFetched() throws Exception {
		Path file = Files.writeString(folder.resolve("schema.plateau"), """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:plateau="http://www.plateau.org/model/experiment/2.0"
			    xmlns:foo="%1$s" xsi:schemaLocation="%1$s %2$s" name="x">
			  <task xsi:type="foo:Bar"/>
			</plateau:Experiment>
			""".formatted(url("foo"), url("foo.ecore")), StandardCharsets.UTF_8);

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().contains("unknown model namespace '" + url("foo") + "'"), e.getMessage());
		assertEquals(0, connections.get());
	}

	@Test
	void theResourceSetOpensNoUrl() {
		ResourceSet resourceSet = PlateauResources.newResourceSet();
		IOException e = assertThrows(IOException.class,
			() -> resourceSet.getURIConverter().createInputStream(URI.createURI(url("base.plateau"))));
		assertTrue(e.getMessage().contains("does not open " + url("base.plateau")), e.getMessage());
		assertEquals(0, connections.get());
	}

	private Path base(Path where) throws Exception {
		Files.createDirectories(where);
		Path base = where.resolve("base.plateau");
		PlateauResources.save(Experiments.semanticDevelopment(), base);
		return base;
	}

	private Path sweep(String name, String href) throws IOException {
		return Files.writeString(folder.resolve(name), """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Sweep xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="s">
			  <base href="%s"/>
			  <axes featurePath="training.steps"><values>7</values></axes>
			</plateau:Sweep>
			""".formatted(href), StandardCharsets.UTF_8);
	}
}
