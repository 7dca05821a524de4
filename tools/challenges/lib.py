import yaml, copy, os
SC = '/work/shared/scenarios/'
DROP = ['name', 'confidence', 'rules', 'source', 'query', 'expect']

class Folded(str): pass
class Block(dict): pass

class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data): return True

def _dict(d, data):
    return d.represent_mapping('tag:yaml.org,2002:map', data.items(), flow_style=False)
def _block(d, data):
    return d.represent_mapping('tag:yaml.org,2002:map', data.items(), flow_style=False)
def _str(d, data):
    if '\n' in data or len(data) > 90:
        return d.represent_scalar('tag:yaml.org,2002:str', data, style='>' if '\n' not in data else '|')
    return d.represent_scalar('tag:yaml.org,2002:str', data)
Dumper.add_representer(Block, _block)
Dumper.add_representer(str, _str)

def load(name):
    d = yaml.safe_load(open(SC + name + '.yaml'))
    for k in DROP:
        d.pop(k, None)
    return d

def comp(lab, cid):
    for c in lab['components']:
        if c['id'] == cid:
            return c
    raise KeyError(cid)

def has(lab, cid):
    return any(c['id'] == cid for c in lab['components'])

def add(lab, *cs):
    for c in cs:
        lab['components'].append(copy.deepcopy(c))
    return lab

def remove(lab, *ids):
    lab['components'] = [c for c in lab['components'] if c['id'] not in ids]
    return lab

def add_route(lab, rt, dest, target, **kw):
    r = {'destination': dest, 'target': target}; r.update(kw)
    comp(lab, rt)['routes'].append(r)
    return lab

def del_route(lab, rt, dest):
    t = comp(lab, rt)
    t['routes'] = [r for r in t['routes'] if r['destination'] != dest]
    return lab

def gw_endpoint(eid='vpce-s3-gw', vpc='vpc-main', service='s3', rts=('rt-private',), policy='default-full-access', region='us-east-1'):
    pl = {'s3': 'pl-s3-use1', 'dynamodb': 'pl-ddb-use1'}[service] if region == 'us-east-1' else 'pl-s3-euw1'
    return {'kind': 'gatewayEndpoint', 'id': eid, 'vpc': vpc, 'service': service, 'region': region,
            'serviceName': f'com.amazonaws.{region}.{service}', 'routeTables': list(rts),
            'prefixList': pl, 'policy': policy}

def add_gw(lab, eid='vpce-s3-gw', vpc='vpc-main', service='s3', rts=('rt-private',), policy='default-full-access'):
    e = gw_endpoint(eid, vpc, service, rts, policy)
    add(lab, e)
    for rt in rts:
        add_route(lab, rt, e['prefixList'], eid)
    return lab

PL_S3 = {'kind': 'managedPrefixList', 'id': 'pl-s3-use1', 'name': 'com.amazonaws.us-east-1.s3', 'region': 'us-east-1',
         'addressFamily': 'IPv4', 'cidrs': ['54.123.160.0/19', '52.216.0.0/15']}
PL_DDB = {'kind': 'managedPrefixList', 'id': 'pl-ddb-use1', 'name': 'com.amazonaws.us-east-1.dynamodb', 'region': 'us-east-1',
          'addressFamily': 'IPv4', 'cidrs': ['3.218.180.0/22', '52.94.0.0/22']}

def public_nat(lab, nid='nat-a', subnet='subnet-public-a', ip='10.0.0.20', eip='203.0.113.20', rt='rt-private'):
    add(lab, {'kind': 'natGateway', 'id': nid, 'subnet': subnet, 'connectivity': 'public', 'privateIp': ip, 'elasticIp': eip})
    if rt:
        add_route(lab, rt, '0.0.0.0/0', nid)
    return lab

def sg(sid, vpc, inbound, outbound):
    return {'kind': 'securityGroup', 'id': sid, 'vpc': vpc, 'inbound': inbound, 'outbound': outbound}

def rule_in(proto, ports, source): return {'protocol': proto, 'ports': ports, 'source': source}
def rule_out(proto, ports, dest): return {'protocol': proto, 'ports': ports, 'destination': dest}
ALL_OUT = [rule_out('all', 'all', '0.0.0.0/0')]

def iface_endpoint(eid, service, subnet, ip, sgs, private_dns, dns_id, vpc='vpc-main', az='us-east-1a', azid='use1-az1', policy='default-full-access', region='us-east-1'):
    if service in ('s3',):
        regional = f'*.{dns_id}.s3.{region}.vpce.amazonaws.com'
        zonal = [f'*.{dns_id}-{az}.s3.{region}.vpce.amazonaws.com']
        sname = f'com.amazonaws.{region}.s3'
    else:
        regional = f'{dns_id}.{service}.{region}.vpce.amazonaws.com'
        zonal = [f'{dns_id}-{az}.{service}.{region}.vpce.amazonaws.com']
        sname = f'com.amazonaws.{region}.{service}'
    return {'kind': 'interfaceEndpoint', 'id': eid, 'vpc': vpc, 'service': service, 'serviceName': sname,
            'subnets': [subnet], 'enis': [{'id': 'eni-' + eid + '-a', 'subnet': subnet, 'az': az, 'azId': azid, 'ip': ip}],
            'securityGroups': list(sgs), 'privateDns': private_dns, 'state': 'available',
            'dnsNames': {'regional': regional, 'zonal': zonal}, 'policy': policy}

def flow(name, frm, to, port=443, proto='tcp', request=None, **kw):
    f = {'name': name, 'from': frm, 'to': to, 'protocol': proto}
    if port is not None: f['port'] = port
    f.update(kw)
    if request: f['request'] = {'action': request[0], 'resource': request[1]}
    return f

def goal_flow(f):
    g = {k: v for k, v in f.items() if k != 'name'}
    return g

def T(en, ko): return Block({'en': en, 'ko': ko})

ORDER = ['format', 'title', 'description', 'region', 'components', 'layout', 'flows', 'challenge']

def write(path, lab, header=None):
    out = {k: lab[k] for k in ORDER if k in lab}
    for k in lab:
        if k not in out: out[k] = lab[k]
    text = yaml.dump(out, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None)
    with open(path, 'w') as fh:
        if header: fh.write('# ' + header + '\n')
        fh.write(text)
