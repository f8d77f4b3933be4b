package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTemplateTest {
    private static final ResponseTemplate.Task TASK = new ResponseTemplate.Task("0123456789ab", "web.2", "web", "node1",
            List.of("10.0.9.5", "172.18.0.3"));

    @Test
    void fillsEveryNamedValue() {
        assertEquals("0123456789ab 0123456789ab web.2 web node1 10.0.9.5 10.0.9.2:40000 GET /",
                ResponseTemplate.render("{{.ContainerID}} {{.Hostname}} {{.TaskName}} {{.ServiceName}} {{.NodeName}} {{.IP}} {{.RemoteAddr}} {{.Request}}",
                        TASK, "10.0.9.2:40000", "GET /"));
    }

    @Test
    void ipLinesListLoopbackFirstAsWhoamiDoes() {
        assertEquals("IP: 127.0.0.1\nIP: 10.0.9.5\nIP: 172.18.0.3\n", ResponseTemplate.render("{{.IPLines}}", TASK, "", ""));
    }

    @Test
    void unknownNamesAndStrayBracesStayAsWritten() {
        assertEquals("{{.Nope}} {{ .Hostname }}x {{.", ResponseTemplate.render("{{.Nope}} {{ .Hostname }}x {{.", TASK, "", ""));
        assertEquals("a 0123456789ab}}", ResponseTemplate.render("a {{. Hostname}}}}", TASK, "", ""));
    }

    @Test
    void everyDocumentedNameIsFilled() {
        for (String name : ResponseTemplate.names()) {
            String out = ResponseTemplate.render("{{." + name + "}}", TASK, "1.2.3.4:5", "GET / HTTP/1.1\r\n\r\n");
            assertEquals(false, out.contains("{{"), name);
        }
    }
}
