from lib import *
from defs1 import h, S3_FLOW, s3_base, DOC_GW, DOC_GW_S3, DOC_IF, DOC_S3_PL, DOC_NAT, DOC_PRICING, DOC_NACL, DOC_SG, DOC_RT, DOC_PEER, DOC_POLICY, DOC_BUCKET, DOC_PL, DOC_DNS
CHALLENGES = []
def challenge(**kw): CHALLENGES.append(kw)

# ---------------------------------------------------------------- 07
WEB_FLOW = flow('read from the web tier', 'i-web', 'my-bucket.s3.us-east-1.amazonaws.com', request=('s3:GetObject', 'arn:aws:s3:::my-bucket/data/report.csv'))
def bp_start():
    lab = load('bucket-policy-sourcevpce-via-nat-denied')
    add(lab, {'kind': 'instance', 'id': 'i-web', 'subnet': 'subnet-public-a', 'privateIp': '10.0.0.30', 'publicIp': '203.0.113.30', 'securityGroups': ['sg-app'], 'iamRole': 'app-role'})
    return lab
def sol07(lab):
    comp(lab, 'vpce-s3-gw')['routeTables'].append('rt-private')
    return add_route(lab, 'rt-private', 'pl-s3-use1', 'vpce-s3-gw')
def w07a(lab): return add_gw(lab, eid='vpce-s3-app')
def w07b(lab):
    comp(lab, 's3-use1')['buckets'][0]['policy'] = None
    return lab
challenge(num='07', slug='bucket-policy-source-vpce', start=bp_start,
  title=T('A bucket that only trusts its endpoint', '엔드포인트만 신뢰하는 버킷'),
  story=T('The bucket policy of my-bucket denies every request that does not come through the gateway endpoint vpce-s3-gw (aws:SourceVpce). i-data already uses that endpoint. i-app, in the private subnet, goes through the NAT gateway and gets Access Denied. The web tier (i-web) must stay locked out.',
          'my-bucket의 버킷 정책은 게이트웨이 엔드포인트 vpce-s3-gw를 거치지 않는 모든 요청을 거부합니다(aws:SourceVpce). i-data는 이미 이 엔드포인트를 사용합니다. 프라이빗 서브넷의 i-app은 NAT 게이트웨이를 거쳐 Access Denied를 받습니다. 웹 계층(i-web)은 계속 차단되어야 합니다.'),
  goal=T('i-app reads s3://my-bucket, and i-web is still denied by the bucket policy.', 'i-app이 s3://my-bucket을 읽을 수 있어야 하고, i-web은 여전히 버킷 정책에 의해 거부되어야 합니다.'),
  hints=h('Read the request context at the bucket in the trace: which aws:SourceVpce does the request carry?', '추적 결과에서 버킷의 요청 컨텍스트를 읽어 보세요. 요청에는 어떤 aws:SourceVpce가 있나요?',
          'aws:SourceVpce is set only when the request goes through a VPC endpoint, and it holds that endpoint\'s id. Through a NAT gateway, the key is absent, so the Deny with StringNotEquals matches.',
          'aws:SourceVpce는 요청이 VPC 엔드포인트를 거칠 때만 설정되며 그 엔드포인트의 ID를 담습니다. NAT 게이트웨이를 거치면 키가 없으므로 StringNotEquals가 있는 Deny가 일치합니다.',
          'Associate the existing endpoint vpce-s3-gw with rt-private too (do not create a new endpoint, and keep the bucket policy).',
          '기존 엔드포인트 vpce-s3-gw를 rt-private에도 연결하세요(새 엔드포인트를 만들지 말고 버킷 정책은 그대로 두세요).'),
  explanation=T('A bucket policy with Deny and "StringNotEquals aws:SourceVpce" restricts a bucket to one endpoint. Requests through a NAT gateway or an internet gateway carry no aws:SourceVpce and are denied; a different endpoint carries a different id and is denied too. One gateway endpoint can be associated with several route tables, so the fix is one more association.',
                'Deny와 "StringNotEquals aws:SourceVpce"가 있는 버킷 정책은 버킷을 하나의 엔드포인트로 제한합니다. NAT 게이트웨이나 인터넷 게이트웨이를 거친 요청에는 aws:SourceVpce가 없어서 거부되고, 다른 엔드포인트를 거친 요청은 ID가 달라 역시 거부됩니다. 게이트웨이 엔드포인트 하나를 여러 라우팅 테이블에 연결할 수 있으므로, 연결을 하나 추가하면 됩니다.'),
  links=[DOC_BUCKET, DOC_GW_S3, DOC_POLICY],
  flows=[S3_FLOW, WEB_FLOW],
  goals=[{'reachable': goal_flow(S3_FLOW)}, {'blocked': dict(goal_flow(WEB_FLOW), reason='BUCKET_POLICY_DENY')}],
  solution=sol07,
  wrong=[(w07a, 'creates a second gateway endpoint, whose id the bucket policy does not name', [{'goal': 0, 'reason': 'BUCKET_POLICY_DENY'}]),
         (w07b, 'deletes the bucket policy: i-app gets in, but so does the web tier', [{'goal': 1}])])

# ---------------------------------------------------------------- 08
APP_FLOW = flow('read the app bucket', 'i-app', 'app-bucket.s3.us-east-1.amazonaws.com', request=('s3:GetObject', 'arn:aws:s3:::app-bucket/data/report.csv'))
OTHER_FLOW = flow('read another bucket', 'i-app', 'other-bucket.s3.us-east-1.amazonaws.com', request=('s3:GetObject', 'arn:aws:s3:::other-bucket/data/report.csv'))
ONE_BUCKET = {'Version': '2012-10-17', 'Statement': [{'Sid': 'AllowAppBucketOnly', 'Effect': 'Allow', 'Principal': '*',
              'Action': ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], 'Resource': ['arn:aws:s3:::app-bucket', 'arn:aws:s3:::app-bucket/*']}]}
def ep_start():
    lab = load('endpoint-policy-one-bucket-other-bucket-denied')
    comp(lab, 'vpce-s3-gw')['policy'] = 'default-full-access'
    return lab
def sol08(lab):
    comp(lab, 'vpce-s3-gw')['policy'] = copy.deepcopy(ONE_BUCKET)
    return lab
def w08a(lab):
    p = copy.deepcopy(ONE_BUCKET); p['Statement'][0]['Resource'] = ['arn:aws:s3:::app-bucket']
    comp(lab, 'vpce-s3-gw')['policy'] = p
    return lab
def w08b(lab):
    p = copy.deepcopy(ONE_BUCKET); p['Statement'][0]['Resource'] = ['arn:aws:s3:::other-bucket', 'arn:aws:s3:::other-bucket/*']
    comp(lab, 'vpce-s3-gw')['policy'] = p
    return lab
challenge(num='08', slug='endpoint-policy-one-bucket', start=ep_start,
  title=T('An endpoint policy that allows one bucket', '버킷 하나만 허용하는 엔드포인트 정책'),
  story=T('To prevent data exfiltration, the private subnet may reach only the company bucket app-bucket through the S3 gateway endpoint. Today the endpoint has the default policy, and i-app can read any bucket, including other-bucket.',
          '데이터 유출을 막기 위해 프라이빗 서브넷은 S3 게이트웨이 엔드포인트를 통해 회사 버킷 app-bucket에만 접근해야 합니다. 지금 엔드포인트에는 기본 정책이 있어서 i-app은 other-bucket을 포함한 모든 버킷을 읽을 수 있습니다.'),
  goal=T('i-app reads objects of app-bucket, and the endpoint policy denies reads of other-bucket.', 'i-app이 app-bucket의 객체를 읽을 수 있어야 하고, 엔드포인트 정책이 other-bucket 읽기를 거부해야 합니다.'),
  hints=h('Which component could refuse a request for another bucket, on the way out of your VPC?', 'VPC에서 나가는 길에 다른 버킷에 대한 요청을 거부할 수 있는 구성 요소는 무엇인가요?',
          'A VPC endpoint policy is a resource policy on the endpoint: it allows or denies the requests that pass through it. The default policy allows everything. Objects are resources of the form arn:aws:s3:::bucket/key.',
          'VPC 엔드포인트 정책은 엔드포인트에 연결된 리소스 정책으로, 엔드포인트를 통과하는 요청을 허용하거나 거부합니다. 기본 정책은 모든 것을 허용합니다. 객체는 arn:aws:s3:::bucket/key 형식의 리소스입니다.',
          'Give vpce-s3-gw a policy that allows s3:GetObject (and what else you need) on arn:aws:s3:::app-bucket and arn:aws:s3:::app-bucket/*.',
          'vpce-s3-gw에 arn:aws:s3:::app-bucket과 arn:aws:s3:::app-bucket/*에 대해 s3:GetObject(및 필요한 다른 작업)를 허용하는 정책을 지정하세요.'),
  explanation=T('Endpoint policies control which requests may use the endpoint; they do not replace IAM or bucket policies, all must allow. To limit an endpoint to one bucket, allow the bucket ARN (for ListBucket) and the object ARN bucket/* (for GetObject and PutObject): an object request matches only the /* form. Any request not allowed by the endpoint policy is denied at the endpoint.',
                '엔드포인트 정책은 엔드포인트를 사용할 수 있는 요청을 제어하며 IAM 정책이나 버킷 정책을 대체하지 않습니다. 모두 허용해야 요청이 성공합니다. 엔드포인트를 버킷 하나로 제한하려면 버킷 ARN(ListBucket용)과 객체 ARN bucket/*(GetObject, PutObject용)을 허용하세요. 객체 요청은 /* 형식에만 일치합니다. 엔드포인트 정책이 허용하지 않는 요청은 엔드포인트에서 거부됩니다.'),
  links=[DOC_POLICY, DOC_GW_S3],
  flows=[APP_FLOW, OTHER_FLOW],
  goals=[{'reachable': goal_flow(APP_FLOW)}, {'blocked': dict(goal_flow(OTHER_FLOW), reason='ENDPOINT_POLICY_DENY')}],
  solution=sol08,
  wrong=[(w08a, 'allows the bucket ARN only, not its objects (bucket/*)', [{'goal': 0, 'reason': 'ENDPOINT_POLICY_DENY'}]),
         (w08b, 'allows the wrong bucket', [{'goal': 0, 'reason': 'ENDPOINT_POLICY_DENY'}, {'goal': 1}])])

# ---------------------------------------------------------------- 09
PL_NAME = 'vpce-app-x1y2z3w4.vpce-svc-app.us-east-1.vpce.amazonaws.com'
PL_FLOW = flow('call the partner API', 'i-client', PL_NAME)
def overlap(lab):
    for c in lab['components']:
        if c['id'] in ('vpc-provider',): c['cidr'] = '10.0.0.0/16'
        if c['kind'] == 'subnet' and c['vpc'] == 'vpc-provider': c['cidr'] = c['cidr'].replace('10.1.', '10.0.')
        if c['id'] == 'rt-provider': c['routes'][0]['destination'] = '10.0.0.0/16'
        if c['id'] == 'nlb-app':
            for n in c['nodes']: n['ip'] = n['ip'].replace('10.1.', '10.0.')
        if c['id'] == 'i-target': c['privateIp'] = '10.0.1.50'
        if c['id'] == 'sg-target': c['inbound'][0]['source'] = '10.0.0.0/16'
    return lab
def pl_solution():
    return overlap(load('privatelink-consumer-to-provider-service'))
def pl_start():
    lab = pl_solution()
    remove(lab, 'vpce-app', 'sg-vpce-app', 'subnet-consumer-endpoints-a', 'vpce-svc-app')
    add(lab, {'kind': 'vpcPeering', 'id': 'pcx-consumer-provider', 'requester': 'vpc-consumer', 'accepter': 'vpc-provider', 'status': 'active'})
    return lab
def sol09(lab): return pl_solution()
def w09a(lab):
    lab = pl_solution(); comp(lab, 'vpce-app')['state'] = 'pendingAcceptance'; return lab
def w09b(lab):
    lab = pl_solution()
    add(lab, {'kind': 'vpcPeering', 'id': 'pcx-consumer-provider', 'requester': 'vpc-consumer', 'accepter': 'vpc-provider', 'status': 'active'})
    return lab
challenge(num='09', slug='privatelink-overlapping-cidrs', start=pl_start,
  title=T('A partner service with overlapping CIDRs', 'CIDR가 겹치는 파트너 서비스'),
  story=T('A partner (account 444455556666) runs an API behind the network load balancer nlb-app in vpc-provider. Both VPCs use 10.0.0.0/16. A VPC peering was requested, but AWS refuses peering between overlapping CIDRs. The client i-client must call the API over TCP 443 at ' + PL_NAME + ', and renumbering a VPC is not an option.',
          '파트너(계정 444455556666)는 vpc-provider의 Network Load Balancer nlb-app 뒤에서 API를 운영합니다. 두 VPC 모두 10.0.0.0/16을 사용합니다. VPC 피어링을 요청했지만 AWS는 CIDR가 겹치는 VPC 간 피어링을 거부합니다. 클라이언트 i-client는 ' + PL_NAME + '에서 TCP 443으로 API를 호출해야 하며, VPC 주소를 다시 지정할 수는 없습니다.'),
  goal=T('i-client reaches the partner API through AWS PrivateLink, with no VPC peering and no design error in the lab.',
         'i-client가 AWS PrivateLink를 통해 파트너 API에 접근해야 하며, VPC 피어링이 없고 랩에 설계 오류가 없어야 합니다.'),
  hints=h('Run the checker on the start lab: what does AWS refuse? Then: which connection does not care about the consumer\'s addresses?', '시작 랩에서 검사기를 실행해 보세요. AWS는 무엇을 거부하나요? 그리고 소비자의 주소와 상관없는 연결은 무엇일까요?',
          'With AWS PrivateLink, the provider publishes an endpoint service in front of a Network Load Balancer; the consumer creates an interface endpoint in its own subnet. Traffic is one-way (consumer to provider) and the provider sees the NLB\'s address, so overlapping CIDRs do not matter.',
          'AWS PrivateLink에서는 공급자가 Network Load Balancer 앞에 엔드포인트 서비스를 게시하고, 소비자는 자신의 서브넷에 인터페이스 엔드포인트를 만듭니다. 트래픽은 소비자에서 공급자로 한 방향이며 공급자는 NLB의 주소를 보므로 CIDR가 겹쳐도 상관없습니다.',
          'Delete the peering. Create the endpoint service vpce-svc-app (nlb-app, AZs use1-az1 and use1-az2, allowing account 111122223333) and, in a consumer subnet, the interface endpoint vpce-app (state available, security group allowing 443 from i-client, DNS name ' + PL_NAME + ').',
          '피어링을 삭제하세요. 엔드포인트 서비스 vpce-svc-app(nlb-app, AZ use1-az1과 use1-az2, 계정 111122223333 허용)를 만들고, 소비자 서브넷에 인터페이스 엔드포인트 vpce-app(상태 available, i-client의 443을 허용하는 보안 그룹, DNS 이름 ' + PL_NAME + ')을 만드세요.'),
  explanation=T('VPC peering needs non-overlapping CIDRs and opens the whole VPCs to each other. AWS PrivateLink exposes one service: the provider puts it behind a Network Load Balancer and publishes an endpoint service; each consumer creates an interface endpoint. The connection is initiated by the consumer only, the provider can require acceptance, and the CIDRs may overlap.',
                'VPC 피어링에는 겹치지 않는 CIDR가 필요하며 두 VPC 전체를 서로 연결합니다. AWS PrivateLink는 서비스 하나만 노출합니다. 공급자는 서비스를 Network Load Balancer 뒤에 두고 엔드포인트 서비스를 게시하며, 각 소비자는 인터페이스 엔드포인트를 만듭니다. 연결은 소비자만 시작할 수 있고, 공급자는 수락을 요구할 수 있으며, CIDR가 겹쳐도 됩니다.'),
  links=[DOC_PL, 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations'],
  flows=[PL_FLOW],
  goals=[{'reachable': goal_flow(PL_FLOW)}, {'forbidsKinds': ['vpcPeering']}, {'noErrors': True}],
  solution=sol09,
  wrong=[(w09a, 'the endpoint connection is still waiting for the provider\'s acceptance', [{'goal': 0, 'reason': 'ENDPOINT_CONNECTION_NOT_ACCEPTED'}]),
         (w09b, 'adds PrivateLink but keeps the refused peering', [{'goal': 1}, {'goal': 2}])])

# ---------------------------------------------------------------- 10
NET_FLOW = flow('download updates', 'i-app', 'host-internet')
def nat_start(): return load('nat-gateway-in-private-subnet-fails')
def sol10(lab):
    n = comp(lab, 'nat-a'); n['subnet'] = 'subnet-public-a'; n['privateIp'] = '10.0.0.20'
    return lab
def w10a(lab):
    del_route(lab, 'rt-private', '0.0.0.0/0'); return add_route(lab, 'rt-private', '0.0.0.0/0', 'igw-main')
def w10b(lab):
    n = comp(lab, 'nat-a'); n['subnet'] = 'subnet-public-a'; n['privateIp'] = '10.0.0.20'; n['connectivity'] = 'private'; n.pop('elasticIp')
    return lab
challenge(num='10', slug='nat-gateway-wrong-subnet', start=nat_start,
  title=T('The NAT gateway that goes nowhere', '어디로도 가지 못하는 NAT 게이트웨이'),
  story=T('i-app must download updates from host-internet. A NAT gateway with an Elastic IP exists and the private route table points to it, but connections time out.',
          'i-app은 host-internet에서 업데이트를 내려받아야 합니다. 탄력적 IP가 있는 NAT 게이트웨이가 있고 프라이빗 라우팅 테이블이 이를 가리키지만, 연결이 시간 초과됩니다.'),
  goal=T('i-app reaches host-internet on TCP 443 through a NAT gateway.', 'i-app이 NAT 게이트웨이를 통해 TCP 443으로 host-internet에 접근해야 합니다.'),
  hints=h('Follow the packet after the NAT gateway: which route table does the NAT gateway itself use?', 'NAT 게이트웨이 이후의 패킷을 따라가 보세요. NAT 게이트웨이 자신은 어떤 라우팅 테이블을 사용하나요?',
          'A NAT gateway uses the route table of the subnet it is in. A public NAT gateway must sit in a public subnet, whose route table sends 0.0.0.0/0 to the internet gateway.',
          'NAT 게이트웨이는 자신이 있는 서브넷의 라우팅 테이블을 사용합니다. 퍼블릭 NAT 게이트웨이는 0.0.0.0/0을 인터넷 게이트웨이로 보내는 퍼블릭 서브넷에 있어야 합니다.',
          'Re-create nat-a in subnet-public-a (private IP 10.0.0.20, keep the Elastic IP).', 'nat-a를 subnet-public-a에 다시 만드세요(프라이빗 IP 10.0.0.20, 탄력적 IP 유지).'),
  explanation=T('A NAT gateway forwards what it translates according to its own subnet\'s route table. Placed in a private subnet, it has no route to the internet gateway. Put public NAT gateways in public subnets, with an Elastic IP, and point the private subnets\' default route at them. An instance without a public IP cannot use the internet gateway directly.',
                'NAT 게이트웨이는 변환한 트래픽을 자신이 있는 서브넷의 라우팅 테이블에 따라 전달합니다. 프라이빗 서브넷에 두면 인터넷 게이트웨이로 가는 경로가 없습니다. 퍼블릭 NAT 게이트웨이는 탄력적 IP와 함께 퍼블릭 서브넷에 두고, 프라이빗 서브넷의 기본 경로가 이를 가리키게 하세요. 퍼블릭 IP가 없는 인스턴스는 인터넷 게이트웨이를 직접 사용할 수 없습니다.'),
  links=[DOC_NAT, 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html'],
  flows=[NET_FLOW],
  goals=[{'reachable': goal_flow(NET_FLOW)}, {'crosses': {'flow': 0, 'kinds': ['natGateway']}}],
  solution=sol10,
  wrong=[(w10a, 'routes the private subnet straight to the internet gateway', [{'goal': 0, 'reason': 'IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS'}, {'goal': 1}]),
         (w10b, 'moves the NAT gateway but makes it a private NAT gateway', [{'goal': 0, 'reason': 'PRIVATE_NAT_GATEWAY_TO_IGW'}])])

# ---------------------------------------------------------------- 11
PEER_APP = flow('call the API in vpc-b', 'i-a', 'i-b')
def rr_start():
    return del_route(load('vpc-peering-basic-works'), 'rt-b', '10.0.0.0/16')
def sol11(lab): return add_route(lab, 'rt-b', '10.0.0.0/16', 'pcx-a-b')
def w11a(lab): return add_route(lab, 'rt-b', '10.0.2.0/24', 'pcx-a-b')
def w11b(lab):
    add_route(lab, 'rt-b', '10.0.0.0/16', 'pcx-a-b')
    comp(lab, 'sg-b')['inbound'] = [rule_in('tcp', '443', '10.1.0.0/16')]
    return lab
challenge(num='11', slug='missing-return-route', start=rr_start,
  title=T('The request arrives, the reply is lost', '요청은 도착하지만 응답이 사라짐'),
  story=T('vpc-a and vpc-b are peered (pcx-a-b is active). i-a calls the API on i-b over TCP 443. The request reaches i-b, yet i-a never gets an answer.',
          'vpc-a와 vpc-b는 피어링되어 있습니다(pcx-a-b 활성). i-a는 TCP 443으로 i-b의 API를 호출합니다. 요청은 i-b에 도착하지만 i-a는 응답을 받지 못합니다.'),
  goal=T('i-a reaches i-b on TCP 443, both ways.', 'i-a가 TCP 443으로 i-b에 양방향으로 도달해야 합니다.'),
  hints=h('Look at the leg of the block in the trace: forward or return?', '추적 결과에서 차단된 구간이 정방향인지 반환 방향인지 보세요.',
          'Each side of a peering needs its own route to the other VPC. Security groups are stateful, but route tables are looked up again for the reply.',
          '피어링의 양쪽 모두 상대 VPC로 가는 자체 경로가 필요합니다. 보안 그룹은 상태 저장이지만, 응답에 대해서도 라우팅 테이블은 다시 조회됩니다.',
          'Add to rt-b: 10.0.0.0/16 -> pcx-a-b.', 'rt-b에 10.0.0.0/16 -> pcx-a-b 경로를 추가하세요.'),
  explanation=T('A VPC peering connection does not add routes: you add them in the route tables of both VPCs, for the peer CIDR (or the part of it you need). Without the return route, the reply has no route and the client times out, although the security groups allow everything.',
                'VPC 피어링 연결은 경로를 추가하지 않습니다. 두 VPC의 라우팅 테이블 모두에 상대 CIDR(또는 필요한 일부)에 대한 경로를 직접 추가해야 합니다. 반환 경로가 없으면 보안 그룹이 모두 허용하더라도 응답에 경로가 없어 클라이언트가 시간 초과됩니다.'),
  links=[DOC_PEER, 'https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html'],
  flows=[PEER_APP],
  goals=[{'reachable': goal_flow(PEER_APP)}],
  solution=sol11,
  wrong=[(w11a, 'adds a return route for the wrong subnet of vpc-a', [{'goal': 0, 'reason': 'NO_ROUTE_TO_DESTINATION'}]),
         (w11b, 'adds the route but narrows the API security group to its own VPC', [{'goal': 0, 'reason': 'SECURITY_GROUP_NO_INGRESS_RULE'}])])
