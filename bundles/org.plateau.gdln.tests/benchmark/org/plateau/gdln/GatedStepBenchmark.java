package org.plateau.gdln;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full-batch gradient-descent step of the GDLN engine on the routing network of Saxe et al. (2022, spec 2(b)):
 * M input domains of 4 items, encoders into one shared hidden layer, a shared hidden-to-hidden map, M decoders of
 * 7 features; each datapoint (domain, item) gated onto its own input and the K = 4 output domains it is trained
 * with.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GatedStepBenchmark {

	@Param({ "7:64" })
	public String domainsAndHidden;

	private GatedNetwork network;

	@Setup
	public void setUp() {
		String[] parts = domainsAndHidden.split(":");
		network = RoutingNetworks.routing(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), new Random(1));
	}

	@Benchmark
	public double step() {
		return network.step(0.02);
	}
}
