//! Who is asking: the address of the person's device, for the rate limits and the audit log.
//!
//! Behind a reverse proxy every connection comes from the proxy; its `Forwarded` (RFC 7239) or
//! `X-Forwarded-For` header names whom it forwarded. That header is believed only from the
//! proxies listed in `PONTE_TRUSTED_PROXIES`: anyone else can write any address there. The
//! chain is read from the right (the hop nearest to Ponte) past the trusted proxies; the first
//! address that is not one of them is the client.

use axum::{
    extract::{ConnectInfo, FromRequestParts, Request, State},
    http::{request::Parts, HeaderMap},
    middleware::Next,
    response::Response,
};
use std::{
    convert::Infallible,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    str::FromStr,
    sync::Arc,
};

/// An address or a network (`10.0.0.0/8`, `fd00::/8`, or one address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    addr: IpAddr,
    prefix: u8,
}

impl FromStr for Network {
    type Err = String;

    fn from_str(s: &str) -> Result<Network, String> {
        let s = s.trim();
        let (addr, prefix) = match s.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (s, None),
        };
        let addr: IpAddr = addr.parse().map_err(|_| format!("`{s}` is not an IP address"))?;
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(|| format!("`{s}` has no valid prefix length"))?,
        };
        Ok(Network { addr: addr.to_canonical(), prefix })
    }
}

impl Network {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => same_prefix(u128::from(net.to_bits()) << 96, u128::from(ip.to_bits()) << 96, self.prefix),
            (IpAddr::V6(net), IpAddr::V6(ip)) => same_prefix(net.to_bits(), ip.to_bits(), self.prefix),
            _ => false,
        }
    }
}

/// Whether the first `prefix` bits of `a` and `b` (left-aligned) are equal.
fn same_prefix(a: u128, b: u128, prefix: u8) -> bool {
    prefix == 0 || (a ^ b) >> (128 - u32::from(prefix)) == 0
}

/// The reverse proxies whose forwarding headers are believed (`PONTE_TRUSTED_PROXIES`, a
/// comma-separated list of addresses and networks). Empty: the connection's address is the
/// client's, and forwarding headers are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Network>);

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(list: &str) -> Result<TrustedProxies, String> {
        list.split(',').filter(|s| !s.trim().is_empty()).map(str::parse).collect::<Result<_, _>>().map(TrustedProxies)
    }
}

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|n| n.contains(ip))
    }

    /// The client behind the connection from `peer` carrying `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        // Nearest hop last; an entry that is not an address ("unknown", an obfuscated name)
        // ends the walk at the proxy that wrote it.
        let mut chain = forwarded_for(headers);
        let mut client = peer;
        while let Some(hop) = chain.pop() {
            match hop {
                Some(ip) => {
                    client = ip.to_canonical();
                    if !self.trusts(client) {
                        break;
                    }
                }
                None => break,
            }
        }
        client
    }
}

/// The addresses a request was forwarded for, farthest first: `Forwarded` when present (the
/// standard), else `X-Forwarded-For`. `None` for an entry that is not an address.
fn forwarded_for(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let values = |name: &str| -> Vec<String> {
        headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).map(|s| s.trim().to_owned()).collect()
    };
    let forwarded = values("forwarded");
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .map(|element| {
                element.split(';').find_map(|pair| {
                    let (name, value) = pair.split_once('=')?;
                    name.trim().eq_ignore_ascii_case("for").then(|| node_address(value.trim().trim_matches('"')))
                })?
            })
            .collect();
    }
    values("x-forwarded-for").iter().map(|s| node_address(s)).collect()
}

/// An address as a forwarding header writes it: `192.0.2.60`, `192.0.2.60:4711`,
/// `2001:db8::17` or `[2001:db8::17]:4711`.
fn node_address(node: &str) -> Option<IpAddr> {
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    node.parse().ok().or_else(|| node.rsplit_once(':').and_then(|(ip, _port)| ip.parse::<Ipv4Addr>().ok().map(IpAddr::V4)))
}

/// The client's address, found once per request by [`resolve`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub IpAddr);

impl ClientAddress {
    /// What the rate limits count: an IPv4 address, or the /64 network of an IPv6 address (a
    /// phone or a home gets a whole /64 and can change the rest at will).
    pub fn limit_key(&self) -> String {
        match self.0 {
            IpAddr::V4(ip) => ip.to_string(),
            IpAddr::V6(ip) => {
                let network = Ipv6Addr::from_bits(ip.to_bits() & !((1u128 << 64) - 1));
                format!("{network}/64")
            }
        }
    }
}

impl std::fmt::Display for ClientAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// Middleware: works out the client's address once and puts it in the request.
pub async fn resolve(State(trusted): State<Arc<TrustedProxies>>, mut request: Request, next: Next) -> Response {
    if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
        let client = trusted.client(peer.ip(), request.headers());
        request.extensions_mut().insert(ClientAddress(client));
    }
    next.run(request).await
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<ClientAddress, Infallible> {
        Ok(ClientAddress::of(parts))
    }
}

impl ClientAddress {
    /// The address [`resolve`] found, or the unspecified address where there is no connection
    /// (a request built in a test without one).
    pub fn of(parts: &Parts) -> ClientAddress {
        parts.extensions.get::<ClientAddress>().copied().unwrap_or(ClientAddress(IpAddr::V4(Ipv4Addr::UNSPECIFIED)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in pairs {
            h.append(*name, HeaderValue::from_str(value).unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn networks_contain_their_addresses_only() {
        let net: Network = "10.1.0.0/16".parse().unwrap();
        assert!(net.contains(ip("10.1.200.3")));
        assert!(!net.contains(ip("10.2.0.1")));
        assert!(net.contains(ip("::ffff:10.1.0.9")), "an IPv4 address written as IPv6 is the same address");
        let v6: Network = "fd00::/8".parse().unwrap();
        assert!(v6.contains(ip("fd12::1")) && !v6.contains(ip("fe80::1")) && !v6.contains(ip("10.1.0.1")));
        let one: Network = "127.0.0.1".parse().unwrap();
        assert!(one.contains(ip("127.0.0.1")) && !one.contains(ip("127.0.0.2")));
        let all: Network = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains(ip("203.0.113.9")));
        for bad in ["10.0.0.0/33", "proxy.local", "10.0.0.0/x", "::/129"] {
            assert!(bad.parse::<Network>().is_err(), "{bad}");
        }
    }

    #[test]
    fn without_trusted_proxies_the_headers_are_ignored() {
        let none = TrustedProxies::default();
        let h = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(none.client(ip("198.51.100.4"), &h), ip("198.51.100.4"), "anyone could write that header");
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let trusted: TrustedProxies = "127.0.0.1, 10.0.0.0/8".parse().unwrap();
        let xff = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(trusted.client(ip("127.0.0.1"), &xff), ip("203.0.113.9"));
        // A forged first entry: the chain is read from the proxy's end.
        let forged = headers(&[("x-forwarded-for", "1.1.1.1, 203.0.113.9, 10.0.0.5")]);
        assert_eq!(trusted.client(ip("10.0.0.6"), &forged), ip("203.0.113.9"));
        // Several header lines are one list.
        let lines = headers(&[("x-forwarded-for", "1.1.1.1"), ("x-forwarded-for", "203.0.113.10")]);
        assert_eq!(trusted.client(ip("127.0.0.1"), &lines), ip("203.0.113.10"));
        // No header: the proxy itself.
        assert_eq!(trusted.client(ip("127.0.0.1"), &HeaderMap::new()), ip("127.0.0.1"));
        // Not from a trusted proxy: the header is ignored.
        assert_eq!(trusted.client(ip("198.51.100.4"), &xff), ip("198.51.100.4"));
    }

    #[test]
    fn the_standard_forwarded_header_wins_and_is_parsed_with_ports_and_quotes() {
        let trusted: TrustedProxies = "10.0.0.0/8".parse().unwrap();
        let h = headers(&[
            ("forwarded", r#"for=192.0.2.60;proto=https;by=10.0.0.1, for="[2001:db8:cafe::17]:4711""#),
            ("x-forwarded-for", "1.1.1.1"),
        ]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &h), ip("2001:db8:cafe::17"));
        let v4_port = headers(&[("forwarded", "for=192.0.2.60:8080")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &v4_port), ip("192.0.2.60"));
        let unknown = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(trusted.client(ip("10.0.0.1"), &unknown), ip("10.0.0.1"), "no address: the proxy counts");
    }

    #[test]
    fn ipv6_addresses_count_per_64_network() {
        let a = ClientAddress(ip("2001:db8:1:2:aaaa::1"));
        let b = ClientAddress(ip("2001:db8:1:2:bbbb::2"));
        let other = ClientAddress(ip("2001:db8:1:3::1"));
        assert_eq!(a.limit_key(), "2001:db8:1:2::/64");
        assert_eq!(a.limit_key(), b.limit_key());
        assert_ne!(a.limit_key(), other.limit_key());
        assert_eq!(ClientAddress(ip("203.0.113.9")).limit_key(), "203.0.113.9");
    }
}
