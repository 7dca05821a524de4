from lib import *
from defs1 import h, S3_FLOW, s3_base, DOC_GW, DOC_GW_S3, DOC_IF, DOC_S3_PL, DOC_NAT, DOC_PRICING, DOC_NACL, DOC_SG, DOC_RT, DOC_PEER, DOC_POLICY, DOC_BUCKET, DOC_PL, DOC_DNS
CHALLENGES = []
def challenge(**kw): CHALLENGES.append(kw)
DOC_TGW = 'https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/centralized-access-to-vpc-private-endpoints.html'

# ---------------------------------------------------------------- 15
TGW_NAME = 'bucket.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com'
TGW_FLOW = flow('read from the spoke', 'i-spoke', TGW_NAME, request=('s3:GetObject', 'arn:aws:s3:::my-bucket/data/report.csv'))
def tgw_start(): return load('tgw-spoke-via-central-gateway-endpoint-fails')
def tgw_if(lab, sources=('10.0.0.0/8',)):
    add(lab, {'kind': 'subnet', 'id': 'subnet-hub-endpoints-a', 'vpc': 'vpc-hub', 'cidr': '10.0.20.0/24', 'az': 'us-east-1a', 'azId': 'use1-az1', 'routeTable': 'rt-hub-tgw', 'nacl': 'acl-hub'},
        sg('sg-vpce-s3', 'vpc-hub', [rule_in('tcp', '443', s) for s in sources], ALL_OUT),
        iface_endpoint('vpce-s3-if', 's3', 'subnet-hub-endpoints-a', '10.0.20.10', ['sg-vpce-s3'], False, 'vpce-s3-if-a1b2c3d4', vpc='vpc-hub'))
    return lab
def sol15(lab): return tgw_if(lab)
def w15a(lab): return tgw_if(lab, sources=('10.0.0.0/16',))
def w15b(lab):
    tgw_if(lab); return del_route(lab, 'rt-hub-tgw', '10.1.0.0/16')
challenge(num='15', slug='transit-gateway-central-endpoints', start=tgw_start,
  title=T('Central endpoints behind a transit gateway', '전송 게이트웨이 뒤의 중앙 엔드포인트'),
  story=T('Spoke VPCs reach shared services in vpc-hub through the transit gateway tgw-main. To save cost, the team put one S3 gateway endpoint in the hub for every spoke. i-spoke cannot reach S3 through it. The platform team wants central endpoints that the spokes use with the endpoint-specific name ' + TGW_NAME + '.',
          '스포크 VPC는 전송 게이트웨이 tgw-main을 통해 vpc-hub의 공유 서비스에 접근합니다. 비용을 줄이려고 팀은 모든 스포크가 쓰도록 허브에 S3 게이트웨이 엔드포인트 하나를 두었습니다. i-spoke는 이를 통해 S3에 접근하지 못합니다. 플랫폼 팀은 스포크가 엔드포인트 전용 이름 ' + TGW_NAME + '으로 사용하는 중앙 엔드포인트를 원합니다.'),
  goal=T('i-spoke reads s3://my-bucket through an interface endpoint in vpc-hub, with no NAT gateway or internet gateway on the path.',
         'i-spoke가 vpc-hub의 인터페이스 엔드포인트를 통해 s3://my-bucket을 읽어야 하며, 경로에 NAT 게이트웨이나 인터넷 게이트웨이가 없어야 합니다.'),
  hints=h('Trace it: the gateway endpoint refuses the traffic. Where did that traffic come from?', '추적해 보세요. 게이트웨이 엔드포인트가 트래픽을 거부합니다. 그 트래픽은 어디에서 왔나요?',
          'Traffic that enters a VPC from a transit gateway cannot use that VPC\'s gateway endpoints. Interface endpoints can be shared: they are IP addresses in the hub, reachable through the transit gateway, and the hub route table needs a route back to the spokes.',
          '전송 게이트웨이에서 VPC로 들어온 트래픽은 그 VPC의 게이트웨이 엔드포인트를 사용할 수 없습니다. 인터페이스 엔드포인트는 공유할 수 있습니다. 허브 안의 IP 주소이므로 전송 게이트웨이를 통해 접근할 수 있으며, 허브 라우팅 테이블에는 스포크로 돌아가는 경로가 필요합니다.',
          'In vpc-hub, add subnet-hub-endpoints-a (10.0.20.0/24, route table rt-hub-tgw) and an S3 interface endpoint vpce-s3-if there (10.0.20.10, DNS *.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com) whose security group allows TCP 443 from 10.0.0.0/8.',
          'vpc-hub에 subnet-hub-endpoints-a(10.0.20.0/24, 라우팅 테이블 rt-hub-tgw)를 추가하고, 그곳에 10.0.0.0/8의 TCP 443을 허용하는 보안 그룹을 가진 S3 인터페이스 엔드포인트 vpce-s3-if(10.0.20.10, DNS *.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com)를 만드세요.'),
  explanation=T('Centralized interface endpoints in a hub VPC serve many spokes through a transit gateway, so each spoke does not pay for its own endpoints. Gateway endpoints cannot be shared this way. In production, a Route 53 private hosted zone for the service name, associated with the spokes, lets them use the default name; without it, they use the endpoint-specific names.',
                '허브 VPC의 중앙 집중식 인터페이스 엔드포인트는 전송 게이트웨이를 통해 여러 스포크에 서비스를 제공하므로 스포크마다 엔드포인트 비용을 낼 필요가 없습니다. 게이트웨이 엔드포인트는 이렇게 공유할 수 없습니다. 실제 환경에서는 서비스 이름에 대한 Route 53 프라이빗 호스팅 영역을 스포크와 연결해 기본 이름을 사용하게 하며, 그렇지 않으면 엔드포인트 전용 이름을 사용합니다.'),
  links=[DOC_TGW, DOC_S3_PL, DOC_GW],
  flows=[TGW_FLOW],
  goals=[{'reachable': goal_flow(TGW_FLOW)}, {'avoids': {'flow': 0, 'kinds': ['natGateway', 'internetGateway']}}, {'crosses': {'flow': 0, 'kinds': ['interfaceEndpoint']}}],
  solution=sol15,
  wrong=[(w15a, 'the endpoint security group allows the hub only, not the spokes', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}, {'goal': 2}]),
         (w15b, 'the hub route table has no route back to the spoke', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}])])

# ---------------------------------------------------------------- 16
V6_OUT = flow('download over IPv6', 'i-app', 'host-internet', ipVersion=6)
V6_IN = flow('connection from the internet', 'host-internet', 'i-app', ipVersion=6)
def v6_start():
    lab = load('ipv6-egress-only-igw-inbound-fails')
    remove(lab, 'eigw-main')
    add(lab, {'kind': 'internetGateway', 'id': 'igw-main', 'vpc': 'vpc-main'})
    del_route(lab, 'rt-private', '::/0'); add_route(lab, 'rt-private', '::/0', 'igw-main')
    return lab
def eigw(lab):
    remove(lab, 'igw-main'); add(lab, {'kind': 'egressOnlyInternetGateway', 'id': 'eigw-main', 'vpc': 'vpc-main'})
    del_route(lab, 'rt-private', '::/0'); return add_route(lab, 'rt-private', '::/0', 'eigw-main')
def sol16(lab): return eigw(lab)
def w16a(lab):
    comp(lab, 'sg-app')['inbound'] = []; return lab
def w16b(lab):
    add(lab, {'kind': 'egressOnlyInternetGateway', 'id': 'eigw-main', 'vpc': 'vpc-main'}); return lab
challenge(num='16', slug='ipv6-egress-only', start=v6_start,
  title=T('IPv6 out, but not in', 'IPv6로 나가기만 하고 들어오지는 못하게'),
  story=T('i-app has an IPv6 address and must call APIs on the internet over IPv6. IPv6 addresses are public, and the security team found that anyone on the internet can open connections to i-app through the internet gateway. The security group must keep its HTTPS rule for the load tests run inside the VPC.',
          'i-app에는 IPv6 주소가 있으며 IPv6로 인터넷의 API를 호출해야 합니다. IPv6 주소는 퍼블릭이므로, 보안팀은 인터넷의 누구나 인터넷 게이트웨이를 통해 i-app에 연결할 수 있다는 것을 발견했습니다. 보안 그룹은 VPC 안에서 실행하는 부하 테스트를 위해 HTTPS 규칙을 유지해야 합니다.'),
  goal=T('i-app reaches host-internet over IPv6, and a connection started from host-internet is refused by an egress-only internet gateway.',
         'i-app이 IPv6로 host-internet에 접근할 수 있어야 하고, host-internet에서 시작한 연결은 송신 전용 인터넷 게이트웨이에 의해 거부되어야 합니다.'),
  hints=h('What plays the role of a NAT gateway for IPv6, where there is no address translation?', '주소 변환이 없는 IPv6에서 NAT 게이트웨이 역할을 하는 것은 무엇인가요?',
          'An egress-only internet gateway is stateful for IPv6: it lets connections out and their replies in, and drops connections started from the internet.',
          '송신 전용 인터넷 게이트웨이는 IPv6에 대해 상태 저장 방식으로 동작합니다. 나가는 연결과 그 응답은 허용하고, 인터넷에서 시작된 연결은 차단합니다.',
          'Replace igw-main with an egress-only internet gateway and route ::/0 from rt-private to it.', 'igw-main을 송신 전용 인터넷 게이트웨이로 바꾸고 rt-private의 ::/0을 이 게이트웨이로 라우팅하세요.'),
  explanation=T('IPv6 has no private addresses and no NAT: an instance with an IPv6 address behind an internet gateway can be reached from the internet if its security group allows it. The egress-only internet gateway is the IPv6 answer to a NAT gateway: outbound only, stateful, free of charge. It does not serve IPv4.',
                'IPv6에는 프라이빗 주소도 NAT도 없습니다. 인터넷 게이트웨이 뒤에 있는 IPv6 주소의 인스턴스는 보안 그룹이 허용하면 인터넷에서 접근할 수 있습니다. 송신 전용 인터넷 게이트웨이는 NAT 게이트웨이에 대한 IPv6의 해답으로, 아웃바운드 전용이고 상태 저장이며 요금이 없습니다. IPv4는 처리하지 않습니다.'),
  links=['https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html'],
  flows=[V6_OUT, V6_IN],
  goals=[{'reachable': goal_flow(V6_OUT)}, {'blocked': dict(goal_flow(V6_IN), reason='EGRESS_ONLY_IGW_INBOUND_NOT_ALLOWED')}],
  solution=sol16,
  wrong=[(w16a, 'removes the HTTPS rule instead: blocked, but by the security group', [{'goal': 1, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}]),
         (w16b, 'creates the egress-only internet gateway but leaves ::/0 on the internet gateway', [{'goal': 1}])])

# ---------------------------------------------------------------- 17
NET17 = flow('call the internet', 'i-app', 'host-internet')
def pn_start(): return load('private-nat-gateway-to-igw-dropped')
def sol17(lab):
    n = comp(lab, 'nat-priv'); n['connectivity'] = 'public'; n['elasticIp'] = '203.0.113.25'; return lab
def w17a(lab):
    del_route(lab, 'rt-private', '0.0.0.0/0'); return add_route(lab, 'rt-private', '0.0.0.0/0', 'igw-main')
def w17b(lab):
    n = comp(lab, 'nat-priv'); n['connectivity'] = 'public'; n['elasticIp'] = '203.0.113.25'
    return del_route(lab, 'rt-private', '0.0.0.0/0')
challenge(num='17', slug='private-nat-gateway', start=pn_start,
  title=T('A private NAT gateway cannot reach the internet', '프라이빗 NAT 게이트웨이로는 인터넷에 갈 수 없음'),
  story=T('To save an Elastic IP, the team created nat-priv with private connectivity in the public subnet. i-app must reach host-internet, and its connections are dropped.',
          '탄력적 IP를 아끼려고 팀은 퍼블릭 서브넷에 프라이빗 연결 유형의 nat-priv를 만들었습니다. i-app은 host-internet에 접근해야 하지만 연결이 버려집니다.'),
  goal=T('i-app reaches host-internet on TCP 443 through a NAT gateway.', 'i-app이 NAT 게이트웨이를 통해 TCP 443으로 host-internet에 접근해야 합니다.'),
  hints=h('Where is the packet dropped, and what address does it carry there?', '패킷은 어디에서 버려지며, 그때 어떤 주소를 가지고 있나요?',
          'A private NAT gateway translates to its private IP, for traffic to other VPCs or on-premises networks. The internet gateway drops traffic from a private NAT gateway; internet access needs a public NAT gateway with an Elastic IP.',
          '프라이빗 NAT 게이트웨이는 다른 VPC나 온프레미스 네트워크로 가는 트래픽을 자신의 프라이빗 IP로 변환합니다. 인터넷 게이트웨이는 프라이빗 NAT 게이트웨이에서 온 트래픽을 버립니다. 인터넷에 접근하려면 탄력적 IP가 있는 퍼블릭 NAT 게이트웨이가 필요합니다.',
          'Make the NAT gateway public, with the Elastic IP 203.0.113.25.', 'NAT 게이트웨이를 탄력적 IP 203.0.113.25가 있는 퍼블릭으로 만드세요.'),
  explanation=T('NAT gateways have two connectivity types. Public: in a public subnet, with an Elastic IP, for internet access. Private: no Elastic IP, for connecting to other VPCs through a transit gateway or to on-premises through a virtual private gateway, often when CIDRs overlap. Routing a private NAT gateway to an internet gateway does not work.',
                'NAT 게이트웨이에는 두 가지 연결 유형이 있습니다. 퍼블릭은 퍼블릭 서브넷에 탄력적 IP와 함께 두며 인터넷 접근용입니다. 프라이빗은 탄력적 IP 없이 전송 게이트웨이를 통해 다른 VPC로, 또는 가상 프라이빗 게이트웨이를 통해 온프레미스로 연결할 때 쓰며, 주로 CIDR가 겹칠 때 사용합니다. 프라이빗 NAT 게이트웨이를 인터넷 게이트웨이로 라우팅하면 동작하지 않습니다.'),
  links=[DOC_NAT, 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html'],
  flows=[NET17],
  goals=[{'reachable': goal_flow(NET17)}, {'crosses': {'flow': 0, 'kinds': ['natGateway']}}],
  solution=sol17,
  wrong=[(w17a, 'bypasses the NAT gateway and routes to the internet gateway', [{'goal': 0, 'reason': 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS'}, {'goal': 1}]),
         (w17b, 'makes the NAT gateway public but forgets the default route', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}, {'goal': 1}])])
