// Help texts of the command line. The JSON shapes here are the exact ones accepted.

export const MAIN_USAGE = `Usage: lilypad <command> [options]

Commands:
  snippet    Generate an NGINX or Apache reverse proxy snippet offline
             (no JFrog instance needed). See: lilypad snippet --help

Options:
  -h, --help  Show this help
`;

export const SNIPPET_USAGE = `Usage: lilypad snippet --type nginx|apache --config settings.json
                      [--docker-repos repos.json] [--ha-nodes nodes.json] [--out FILE]

Generates the reverse proxy configuration for a self-hosted JFrog Platform from its
HTTP settings, without contacting any instance.

Options:
  --type nginx|apache   Web server to generate for (required).
  --config FILE         HTTP settings: the webServer JSON as
                        GET /artifactory/api/system/configuration/webServer returns it
                        (required). Example:
                        {"serverName":"artifactory.example.com",
                         "useHttp":true,"httpPort":80,
                         "useHttps":true,"sslPort":443,
                         "sslCertificate":"/etc/ssl/art.crt","sslKey":"/etc/ssl/art.key",
                         "dockerReverseProxyMethod":"SUBDOMAIN",
                         "artifactoryServerName":"localhost",
                         "artifactoryPort":8081,"routerPort":8082,
                         "httpToHttpsRedirect":false}
                        dockerReverseProxyMethod: SUBDOMAIN | REPOPATHPREFIX | PORTPERREPO.
                        "httpsPort" is accepted in place of "sslPort".
  --docker-repos FILE   Docker repositories, a JSON array:
                        [{"key":"docker-local","port":5001}]
                        ("port" is needed only with PORTPERREPO).
  --ha-nodes FILE       High availability nodes, a JSON array (turns HA on):
                        [{"host":"10.0.0.5","artifactoryPort":8081,"routerPort":8082}]
                        (ports default to 8081 and 8082).
  --out FILE            Write the snippet to FILE instead of standard output.
  -h, --help            Show this help.

The NGINX snippet goes inside the http { } block of nginx.conf; the Apache snippet at
the top level of the main config, after the LoadModule lines.

Exit status: 0 snippet produced; 2 usage error or invalid input (every problem is
listed on standard error); 1 the output file could not be written.
`;
