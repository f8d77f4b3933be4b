package io.swarmsim.engine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The run as JSON, in the shape scripts and labs rely on:
 * {@code {"scenario","seed","experiments":[{"name","commands":[{"from","command","output","resolved",
 * "connected","served_by","reason"}],"distribution":{task:count}}]}}.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(RunResult run) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("scenario", run.scenario());
        root.put("seed", run.seed());
        root.put("docker_version", run.dockerVersion());
        ArrayNode ns = root.putArray("not_simulated");
        run.notSimulated().forEach(ns::add);
        ArrayNode exps = root.putArray("experiments");
        for (ExperimentResult e : run.experiments()) {
            ObjectNode x = exps.addObject();
            x.put("name", e.name());
            x.put("description", e.description());
            ArrayNode rej = x.putArray("rejections");
            e.rejections().forEach(rej::add);
            ArrayNode cmds = x.putArray("commands");
            for (CommandRun c : e.commands()) {
                ObjectNode o = cmds.addObject();
                o.put("from", c.from());
                o.put("command", c.command());
                o.put("output", c.output());
                ArrayNode r = o.putArray("resolved");
                c.resolved().forEach(r::add);
                o.put("connected", c.connected());
                o.put("served_by", c.servedBy());
                o.put("reason", c.reason());
                o.put("packets", c.packets());
                o.put("rules_visited", c.rulesVisited());
            }
            x.put("runs", e.runs());
            x.put("runs_not_printed", e.runs() - e.commands().size());
            x.put("packets", e.packets());
            x.put("rules_visited", e.rulesVisited());
            ObjectNode d = x.putObject("distribution");
            e.distribution().forEach(d::put);
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON", ex);
        }
    }
}
