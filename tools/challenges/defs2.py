from lib import *
from defs1 import h, S3_FLOW, s3_base, DOC_GW, DOC_GW_S3, DOC_IF, DOC_S3_PL, DOC_NAT, DOC_PRICING, DOC_NACL, DOC_SG, DOC_RT, DOC_PEER, DOC_POLICY, DOC_BUCKET, DOC_PL, DOC_DNS
CHALLENGES = []
def challenge(**kw): CHALLENGES.append(kw)

# ---------------------------------------------------------------- 04
PEER_NAME = 'bucket.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com'
PEER_FLOW = flow('read from the peered VPC', 'i-b', PEER_NAME, request=('s3:GetObject', 'arn:aws:s3:::my-bucket/data/report.csv'))
def peer_start(): return load('peered-vpc-via-other-vpc-gateway-endpoint-fails')
def peer_if(lab, sources=('10.1.0.0/16', '10.0.0.0/16')):
    add(lab, sg('sg-vpce-s3', 'vpc-a', [rule_in('tcp', '443', s) for s in sources], ALL_OUT),
        iface_endpoint('vpce-s3-if', 's3', 'subnet-endpoints-a', '10.0.20.10', ['sg-vpce-s3'], False, 'vpce-s3-if-a1b2c3d4', vpc='vpc-a'))
    del_route(lab, 'rt-b', '54.123.160.0/19')
    return lab
def sol04(lab): return peer_if(lab)
def w04a(lab): return peer_if(lab, sources=('10.0.0.0/16',))
def w04b(lab):
    peer_if(lab)
    return del_route(lab, 'rt-b', '10.0.0.0/16')
challenge(num='04', slug='peered-vpc-s3', start=peer_start,
  title=T('A peered VPC wants S3 privately', '피어링된 VPC에서 프라이빗하게 S3 사용하기'),
  story=T('vpc-b (us-west-2) is peered with vpc-a (us-east-1), which has a gateway endpoint for S3. Someone routed S3 addresses from vpc-b into the peering, hoping to borrow that endpoint. The app on i-b must read my-bucket (us-east-1) without the internet; it is configured with the endpoint-specific name ' + PEER_NAME + '.',
          'vpc-b(us-west-2)는 S3 게이트웨이 엔드포인트가 있는 vpc-a(us-east-1)와 피어링되어 있습니다. 누군가 그 엔드포인트를 빌려 쓰려고 vpc-b에서 S3 주소를 피어링 연결로 라우팅했습니다. i-b의 앱은 인터넷 없이 my-bucket(us-east-1)을 읽어야 하며, 엔드포인트 전용 이름 ' + PEER_NAME + '을(를) 사용하도록 설정되어 있습니다.'),
  goal=T('i-b reads s3://my-bucket through an interface endpoint in vpc-a, with no NAT gateway and no internet gateway on the path.',
         'i-b가 vpc-a의 인터페이스 엔드포인트를 통해 s3://my-bucket을 읽어야 하며, 경로에 NAT 게이트웨이와 인터넷 게이트웨이가 없어야 합니다.'),
  hints=h('Trace the start lab: where does the packet stop, and for what reason?', '시작 랩을 추적해 보세요. 패킷은 어디에서, 어떤 이유로 멈추나요?',
          'A peering connection does not carry traffic to a gateway endpoint of the peer VPC. An interface endpoint is an ENI with a private IP: a peered VPC reaches it like any other address of the VPC.',
          '피어링 연결은 상대 VPC의 게이트웨이 엔드포인트로 가는 트래픽을 전달하지 않습니다. 인터페이스 엔드포인트는 프라이빗 IP를 가진 ENI이므로 피어링된 VPC는 VPC의 다른 주소처럼 접근할 수 있습니다.',
          'In vpc-a, create an S3 interface endpoint vpce-s3-if in subnet-endpoints-a (10.0.20.10, DNS *.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com) whose security group allows TCP 443 from 10.1.0.0/16.',
          'vpc-a의 subnet-endpoints-a에 S3 인터페이스 엔드포인트 vpce-s3-if(10.0.20.10, DNS *.vpce-s3-if-a1b2c3d4.s3.us-east-1.vpce.amazonaws.com)를 만들고, 보안 그룹에서 10.1.0.0/16의 TCP 443을 허용하세요.'),
  explanation=T('Gateway endpoints cannot be used across a VPC peering connection, a VPN or a transit gateway. Interface endpoints can: they are network interfaces in your subnets, reachable over the peering like an instance. The private DNS of an interface endpoint is not shared with the peered VPC by default, so the peer uses the endpoint-specific name (or a Route 53 private hosted zone associated with it). Here vpc-b is in another Region: a gateway endpoint in vpc-b would serve only us-west-2 buckets anyway.',
                '게이트웨이 엔드포인트는 VPC 피어링 연결, VPN, 전송 게이트웨이를 통해 사용할 수 없습니다. 인터페이스 엔드포인트는 서브넷 안의 네트워크 인터페이스이므로 인스턴스처럼 피어링을 통해 접근할 수 있습니다. 인터페이스 엔드포인트의 프라이빗 DNS는 기본적으로 피어링된 VPC와 공유되지 않으므로, 상대 VPC는 엔드포인트 전용 이름(또는 연결된 Route 53 프라이빗 호스팅 영역)을 사용합니다. 여기서 vpc-b는 다른 리전에 있으므로 vpc-b의 게이트웨이 엔드포인트는 어차피 us-west-2 버킷만 처리합니다.'),
  links=[DOC_GW, DOC_S3_PL, DOC_PEER],
  flows=[PEER_FLOW],
  goals=[{'reachable': goal_flow(PEER_FLOW)},
         {'avoids': {'flow': 0, 'kinds': ['natGateway', 'internetGateway']}},
         {'crosses': {'flow': 0, 'kinds': ['interfaceEndpoint']}}],
  solution=sol04,
  wrong=[(w04a, 'the endpoint security group allows vpc-a only, not the peered CIDR', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}, {'goal': 2}]),
         (w04b, 'vpc-b has no route to vpc-a through the peering', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}, {'goal': 2}])])

# ---------------------------------------------------------------- 05
def sg_start(): return load('interface-endpoint-sg-missing-inbound-443-fails')
def sol05(lab):
    comp(lab, 'sg-vpce-s3')['inbound'] = [rule_in('tcp', '443', 'sg-app')]
    return lab
def w05a(lab):
    comp(lab, 'sg-vpce-s3')['inbound'] = [rule_in('tcp', '443', '10.0.20.0/24')]
    return lab
def w05b(lab):
    comp(lab, 'sg-app')['outbound'] = [rule_out('tcp', '443', 'sg-vpce-s3'), rule_out('tcp', '80', '0.0.0.0/0')]
    return lab
challenge(num='05', slug='interface-endpoint-security-group', start=sg_start,
  title=T('The interface endpoint ignores the app', '인터페이스 엔드포인트가 앱의 요청을 받지 않음'),
  story=T('An S3 interface endpoint with private DNS serves vpc-main, so my-bucket.s3.us-east-1.amazonaws.com resolves to its private IP. Yet every request from i-app times out. The endpoint was created with a security group copied from a web server.',
          'vpc-main에는 프라이빗 DNS를 켠 S3 인터페이스 엔드포인트가 있어서 my-bucket.s3.us-east-1.amazonaws.com이 그 프라이빗 IP로 확인됩니다. 그런데 i-app의 모든 요청이 시간 초과됩니다. 엔드포인트는 웹 서버에서 복사한 보안 그룹으로 만들어졌습니다.'),
  goal=T('i-app reads s3://my-bucket through the interface endpoint.', 'i-app이 인터페이스 엔드포인트를 통해 s3://my-bucket을 읽어야 합니다.'),
  hints=h('Trace the flow: which component drops the packet, and which rule did it look for?', '흐름을 추적해 보세요. 어느 구성 요소가 패킷을 버리며, 어떤 규칙을 찾았나요?',
          "An interface endpoint's security group guards its network interfaces like an instance's: it needs an inbound rule for the protocol and port the clients use (HTTPS, TCP 443) from the clients' addresses or security group.",
          '인터페이스 엔드포인트의 보안 그룹은 인스턴스의 보안 그룹처럼 네트워크 인터페이스를 보호합니다. 클라이언트 주소나 보안 그룹에서 오는, 클라이언트가 사용하는 프로토콜과 포트(HTTPS, TCP 443)에 대한 인바운드 규칙이 필요합니다.',
          'Add an inbound rule to sg-vpce-s3: TCP 443 from sg-app (or from 10.0.0.0/16).', 'sg-vpce-s3에 인바운드 규칙을 추가하세요: sg-app(또는 10.0.0.0/16)에서 TCP 443.'),
  explanation=T('Interface endpoints are elastic network interfaces with security groups; the default rule of a new security group allows nothing inbound. The endpoint needs inbound HTTPS (443) from the clients. Security groups are stateful, so the replies need no rule. Gateway endpoints have no security group: there, the instance security group and the endpoint policy decide.',
                '인터페이스 엔드포인트는 보안 그룹이 있는 탄력적 네트워크 인터페이스이며, 새 보안 그룹은 기본적으로 인바운드를 아무것도 허용하지 않습니다. 엔드포인트에는 클라이언트에서 오는 인바운드 HTTPS(443)가 필요합니다. 보안 그룹은 상태 저장이므로 응답에는 규칙이 필요 없습니다. 게이트웨이 엔드포인트에는 보안 그룹이 없으며, 인스턴스의 보안 그룹과 엔드포인트 정책이 결정합니다.'),
  links=[DOC_IF, DOC_SG, DOC_S3_PL],
  flows=[S3_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'crosses': {'flow': 0, 'kinds': ['interfaceEndpoint']}}],
  solution=sol05,
  wrong=[(w05a, 'allows 443 from the endpoint subnet, not from the clients', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}, {'goal': 1}]),
         (w05b, 'changes the client security group instead of the endpoint one', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}, {'goal': 1}])])

# ---------------------------------------------------------------- 06
def dns_start(): return load('interface-endpoint-private-dns-off-goes-via-nat')
def sol06(lab):
    comp(lab, 'vpce-s3-if')['privateDns'] = True
    return lab
def w06a(lab): return del_route(lab, 'rt-private', '0.0.0.0/0')
def w06b(lab):
    comp(lab, 'vpce-s3-if')['privateDns'] = True
    comp(lab, 'vpc-main')['enableDnsHostnames'] = False
    return lab
challenge(num='06', slug='private-dns-on', start=dns_start,
  title=T('Private DNS off: the endpoint sits unused', '프라이빗 DNS 꺼짐: 사용되지 않는 엔드포인트'),
  story=T('The team paid for an S3 interface endpoint, but the NAT gateway bill did not drop: i-app still reaches my-bucket.s3.us-east-1.amazonaws.com through nat-a. The application code must not change.',
          '팀은 S3 인터페이스 엔드포인트 비용을 내고 있지만 NAT 게이트웨이 요금은 줄지 않았습니다. i-app은 여전히 nat-a를 통해 my-bucket.s3.us-east-1.amazonaws.com에 접근합니다. 애플리케이션 코드는 바꿀 수 없습니다.'),
  goal=T('i-app reads s3://my-bucket with the usual name, through the interface endpoint, not through the NAT gateway, and the lab has no design error.',
         'i-app이 평소 이름으로 NAT 게이트웨이가 아닌 인터페이스 엔드포인트를 통해 s3://my-bucket을 읽어야 하고, 랩에 설계 오류가 없어야 합니다.'),
  hints=h('Look at the DNS answer in the trace: is it a public address or the endpoint\'s private IP?', '추적 결과의 DNS 응답을 보세요. 퍼블릭 주소인가요, 엔드포인트의 프라이빗 IP인가요?',
          'With private DNS on, a private hosted zone managed by AWS makes the default service name resolve to the endpoint\'s private IPs inside the VPC. It needs the VPC attributes enableDnsSupport and enableDnsHostnames.',
          '프라이빗 DNS를 켜면 AWS가 관리하는 프라이빗 호스팅 영역이 VPC 안에서 기본 서비스 이름을 엔드포인트의 프라이빗 IP로 확인합니다. 이를 위해 VPC 속성 enableDnsSupport와 enableDnsHostnames가 필요합니다.',
          'Turn on private DNS on vpce-s3-if; keep both DNS attributes of vpc-main on.', 'vpce-s3-if에서 프라이빗 DNS를 켜고, vpc-main의 두 DNS 속성을 모두 켠 상태로 두세요.'),
  explanation=T('An interface endpoint only receives traffic sent to its IPs. With private DNS off, clients must use the endpoint-specific names; the default name still resolves to public IPs, which the route table sends to the NAT gateway. Turning on private DNS makes the default name resolve to the endpoint inside the VPC, so existing code uses it unchanged. Private DNS requires enableDnsSupport and enableDnsHostnames on the VPC.',
                '인터페이스 엔드포인트는 자신의 IP로 보낸 트래픽만 받습니다. 프라이빗 DNS가 꺼져 있으면 클라이언트는 엔드포인트 전용 이름을 써야 하고, 기본 이름은 여전히 퍼블릭 IP로 확인되어 라우팅 테이블이 NAT 게이트웨이로 보냅니다. 프라이빗 DNS를 켜면 VPC 안에서 기본 이름이 엔드포인트로 확인되므로 기존 코드를 그대로 사용할 수 있습니다. 프라이빗 DNS에는 VPC의 enableDnsSupport와 enableDnsHostnames가 필요합니다.'),
  links=[DOC_DNS, DOC_S3_PL, 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html'],
  flows=[S3_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'avoids': {'flow': 0, 'kinds': ['natGateway']}},
         {'crosses': {'flow': 0, 'kinds': ['interfaceEndpoint']}}, {'noErrors': True}],
  solution=sol06,
  wrong=[(w06a, 'removes the NAT route but leaves private DNS off', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}, {'goal': 2}]),
         (w06b, 'turns private DNS on but DNS hostnames off in the VPC', [{'goal': 1}, {'goal': 2}, {'goal': 3}])])
